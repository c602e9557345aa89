package cn.sangang.gateway.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import cn.sangang.platform.security.Role;

/**
 * A bureau administrator's accounts: for people of that bureau's roster only, with bureau roles only. The bureau's
 * leaders and office read them and their history but change nothing.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private static final String ID = "[0-9a-f]{24}";

    record NewAccount(@NotNull @Pattern(regexp = "[a-z0-9._-]{3,32}") String username,

            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String personNo,

            @NotEmpty Set<@NotNull Role> roles, @NotBlank @Size(max = 128) String initialPassword) {
    }

    record Grant(@NotNull Set<@NotNull Role> roles, @NotBlank @Size(max = 500) String reason) {
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    record PasswordReset(@NotBlank @Size(max = 128) String newPassword, @NotBlank @Size(max = 500) String reason) {
    }

    record AccountDetail(AccountView account, List<AccountDocument.Change> history) {
    }

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    Flux<AccountView> list(@AuthenticationPrincipal Jwt jwt) {
        return accounts.list(Caller.of(jwt));
    }

    @GetMapping("/{id}")
    Mono<AccountDetail> get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Pattern(regexp = ID) String id) {
        return accounts.read(Caller.of(jwt), id).map(a -> new AccountDetail(a.view(), a.history()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AccountView> create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewAccount request) {
        return accounts.create(Caller.of(jwt), request.username(), request.personNo(), request.roles(),
                request.initialPassword());
    }

    @PutMapping("/{id}/roles")
    Mono<AccountView> grant(@AuthenticationPrincipal Jwt jwt, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody Grant grant) {
        return accounts.grant(Caller.of(jwt), id, grant.roles(), grant.reason());
    }

    @PostMapping("/{id}/disable")
    Mono<AccountView> disable(@AuthenticationPrincipal Jwt jwt, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody Reason reason) {
        return accounts.enable(Caller.of(jwt), id, false, reason.reason());
    }

    @PostMapping("/{id}/enable")
    Mono<AccountView> enable(@AuthenticationPrincipal Jwt jwt, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody Reason reason) {
        return accounts.enable(Caller.of(jwt), id, true, reason.reason());
    }

    @PostMapping("/{id}/reset-password")
    Mono<AccountView> resetPassword(@AuthenticationPrincipal Jwt jwt, @PathVariable @Pattern(regexp = ID) String id,
            @Valid @RequestBody PasswordReset reset) {
        return accounts.resetPassword(Caller.of(jwt), id, reset.newPassword(), reset.reason());
    }
}
