package cn.sangang.post.post;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.code.QrCodes;
import cn.sangang.post.post.PostApi.PlaquePage;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;

/**
 * The plaque's public page, reached by its QR code: the post, its holder or office, the standards it answers,
 * and — after a revocation — that it is no longer a model post. Nothing private.
 */
@RestController
@RequestMapping("/public/post")
class PublicPostController {

    private static final String CODE = "PQ[0-9A-Z]{8}";

    private final PostService service;
    private final String publicBaseUrl;

    PublicPostController(PostService service, @Value("${sangang.public-base-url}") String publicBaseUrl) {
        this.service = service;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/plaques/{code}")
    PlaquePage plaque(@PathVariable @Pattern(regexp = CODE) String code) {
        return page(service.byPlaqueCode(code));
    }

    @GetMapping(value = "/plaques/{code}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable @Pattern(regexp = CODE) String code) {
        Post post = service.byPlaqueCode(code);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCodes.svg(pageUrl(post.plaque().code())));
    }

    @GetMapping("/bureaus/{bureauId}/posts")
    List<PlaquePage> board(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId) {
        return service.board(bureauId).stream().filter(p -> p.plaque() != null).map(this::page).toList();
    }

    private PlaquePage page(Post post) {
        boolean model = post.status() == PostStatus.AWARDED;
        String url = pageUrl(post.plaque().code());
        return new PlaquePage(post.plaque().code(), post.bureauId(), post.title(), post.kind(), post.holderName(),
                post.unitName(), post.statements(), post.plaque().no(), post.plaque().awardedOn(),
                post.plaque().hangsAt(), model, model ? null : "本岗位已被撤销，不再是党员示范岗", url, url + "/qr.svg",
                publicBaseUrl + "/public/evaluation/surveys?plaque=" + post.plaque().code());
    }

    private String pageUrl(String code) {
        return publicBaseUrl + "/public/post/plaques/" + code;
    }
}
