package cn.sangang.post.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.post.PostApi.NewAssessment;
import cn.sangang.post.post.PostApi.NewNomination;
import cn.sangang.post.post.PostApi.PlaqueAward;
import cn.sangang.post.post.PostApi.PostView;
import cn.sangang.post.post.PostApi.RectificationClosed;
import cn.sangang.post.post.PostApi.Resolution;
import cn.sangang.post.post.PostApi.Veto;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;

/** Model posts of the caller's bureau. Their history is the audit trail: {@code GET /api/post/audit?aggregateId=}. */
@RestController
@RequestMapping("/api/post/posts")
class PostController {

    private final PostService service;

    PostController(PostService service) {
        this.service = service;
    }

    @GetMapping
    List<PostView> list(Caller caller, @RequestParam(required = false) PostStatus status) {
        String bureau = caller.bureauAs(Role.bureauRoles());
        Map<String, List<SatisfactionDocument>> reported = service.satisfaction(bureau).stream()
                .collect(Collectors.groupingBy(SatisfactionDocument::targetId));
        return service.list(bureau, status).stream()
                .map(p -> PostView.of(p, byQuarter(reported.getOrDefault(p.id(), List.of())))).toList();
    }

    @GetMapping("/{id}")
    PostView get(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id) {
        return view(service.post(caller.bureauAs(Role.bureauRoles()), id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PostView nominate(Caller caller, @Valid @RequestBody NewNomination request) {
        return view(service.nominate(caller, request));
    }

    @PostMapping("/{id}/resolution")
    PostView resolution(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id,
            @Valid @RequestBody Resolution request) {
        return view(service.recordResolution(caller, id, request.resolutionNo(), request.meetingDate()));
    }

    @PostMapping("/{id}/plaque")
    PostView award(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id,
            @Valid @RequestBody PlaqueAward request) {
        return view(service.awardPlaque(caller, id, request.plaqueNo(), request.awardedOn(), request.hangsAt()));
    }

    @PostMapping("/{id}/assessments")
    PostView assess(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id,
            @Valid @RequestBody NewAssessment request) {
        return view(service.assess(caller, id, request));
    }

    @PostMapping("/{id}/assessments/{quarter}/rectified")
    PostView rectified(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id,
            @PathVariable @Pattern(regexp = PostApi.QUARTER) String quarter,
            @Valid @RequestBody RectificationClosed request) {
        return view(service.closeRectification(caller, id, quarter, request.note()));
    }

    @PostMapping("/{id}/veto")
    PostView veto(Caller caller, @PathVariable @Pattern(regexp = PostApi.ID) String id,
            @Valid @RequestBody Veto request) {
        return view(service.veto(caller, id, request.cause(), request.facts()));
    }

    private PostView view(Post post) {
        return PostView.of(post, byQuarter(service.satisfaction(post.bureauId(), post.id())));
    }

    private static Map<String, SatisfactionDocument> byQuarter(List<SatisfactionDocument> reported) {
        return reported.stream().collect(Collectors.toMap(SatisfactionDocument::quarter, r -> r, (a, b) -> a));
    }
}
