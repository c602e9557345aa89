package cn.sangang.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the offline tools the checks use: kubectl (kustomize) and docker-compose, from the repository root. */
final class Commands {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    record Result(int exitCode, String output) {
    }

    private Commands() {
    }

    static Result run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException(command[0] + " is needed for this check and is not installed"
                    + " (apt-get install " + command[0] + "; scripts/test.sh installs it when it can)", notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    static String render(String overlay) throws IOException, InterruptedException {
        Result result = run(Map.of(), "kubectl", "kustomize", "k8s/overlays/" + overlay);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(
                    "kubectl kustomize k8s/overlays/" + overlay + " failed:\n" + result.output());
        }
        return result.output();
    }
}
