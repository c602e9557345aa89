package cn.sangang.gateway.auth;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.gateway.edge.ClientAddress;
import cn.sangang.gateway.edge.Problem;

/** Login, renewal without the password, logout, password change, and the published verification keys. */
@RestController
class AuthController {

    record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final SigningKeys keys;
    private final JwtProperties properties;

    AuthController(Accounts accounts, Sessions sessions, SigningKeys keys, JwtProperties properties) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.keys = keys;
        this.properties = properties;
    }

    @PostMapping("/auth/login")
    Mono<Sessions.TokenPair> login(@Valid @RequestBody Login login, ServerWebExchange exchange) {
        if (properties.trustsExternalIssuer()) {
            return Mono.error(Problem.notFound("auth.login-elsewhere", Map.of()));
        }
        return accounts.authenticate(login.username(), login.password(), ClientAddress.key(exchange))
                .flatMap(sessions::open);
    }

    @PostMapping("/auth/refresh")
    Mono<Sessions.TokenPair> refresh(@Valid @RequestBody Refresh refresh) {
        return sessions.renew(refresh.refreshToken());
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> logout(@Valid @RequestBody Refresh refresh) {
        return sessions.close(refresh.refreshToken());
    }

    @PostMapping("/auth/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> changePassword(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PasswordChange change,
            ServerWebExchange exchange) {
        return accounts.changePassword(jwt.getSubject(), change.currentPassword(), change.newPassword(),
                ClientAddress.key(exchange));
    }

    @GetMapping("/auth/me")
    Mono<AccountView> me(@AuthenticationPrincipal Jwt jwt) {
        return accounts.view(jwt.getSubject());
    }

    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return keys.publicSet().toJSONObject();
    }
}
