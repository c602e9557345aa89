package cn.sangang.post.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxDownloads;
import cn.sangang.post.post.domain.Assessment;
import cn.sangang.post.post.domain.Establishment;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.roster.Roster;

/**
 * 示范岗登记台账 as .xlsx: each post with its holder, establishment, status and plaque, and one row per quarterly
 * assessment (a post not yet assessed has one row whose assessment columns are empty), so that a clerk can filter by
 * quarter or result. Streamed from the store: the register grows with every nomination, year after year.
 */
@RestController
@RequestMapping("/api/post")
class PostWorkbookController {

    /** Those who read the register on screen (web posts/routes.ts): branch, leadership, unit heads, office. */
    private static final Role[] REGISTER_READERS = {Role.SECRETARY, Role.LEADER, Role.UNIT_HEAD, Role.OFFICE};

    // The words of the screens (web shared/labels.ts POST_KIND, staff/shared/post.ts), so screen and paper agree.
    private static final Map<PostKind, String> KIND = Map.of(PostKind.INDIVIDUAL, "个人示范岗", PostKind.COLLECTIVE,
            "集体示范岗");
    private static final Map<PostStatus, String> STATUS = Map.of(PostStatus.NOMINATED, "已提名", PostStatus.NOT_ELECTED,
            "未当选", PostStatus.WITHDRAWN, "已撤回", PostStatus.ESTABLISHED, "已确立待授牌", PostStatus.AWARDED, "已授牌",
            PostStatus.REVOKED, "已撤销");
    private static final Map<Result, String> RESULT = Map.of(Result.PASS, "合格", Result.FAIL, "不合格");
    private static final Map<Remedy, String> REMEDY = Map.of(Remedy.NONE, "无", Remedy.RECTIFY, "限期整改", Remedy.ADJUST,
            "调整（撤销称号）");
    private static final Map<Cause, String> CAUSE = Map.of(Cause.VETO_VIOLATION, "在岗位上严重违反法律法规、党纪政纪、政策或局规章制度",
            Cause.VETO_ACCIDENT, "在管理或服务中发生重大责任事故", Cause.VETO_COMPLAINT, "群众反映强烈、经调查属实", Cause.VETO_IMAGE,
            "其他严重损害示范岗形象的行为", Cause.ADJUSTMENT, "考核不合格，予以调整", Cause.HOLDER_LEFT, "本人调离或不再是党员");

    /** A post and one of its assessments, or null for a post not assessed yet. */
    record Line(Post post, Assessment assessment) {
    }

    private static final List<Column<Line>> COLUMNS = List.of(Column.of("示范岗", 24, l -> l.post().title()),
            Column.of("类别", 12, l -> KIND.get(l.post().kind())), Column.of("岗位人", 10, l -> l.post().holderName()),
            Column.of("工号", 10, l -> l.post().holderPersonNo()), Column.of("所在单位", 16, l -> l.post().unitName()),
            Column.of("确定方式", 24, l -> establishment(l.post())), Column.of("确定日期", 12, l -> l.post().establishedOn()),
            Column.of("状态", 12, l -> STATUS.get(l.post().status())),
            Column.of("标牌编号", 14, l -> l.post().plaque() == null ? null : l.post().plaque().no()),
            Column.of("授牌日期", 12, l -> l.post().plaque() == null ? null : l.post().plaque().awardedOn()),
            Column.of("悬挂位置", 12, l -> l.post().plaque() == null ? null : l.post().plaque().hangsAt()),
            Column.of("考核季度", 16, l -> l.assessment() == null ? null : chineseQuarter(l.assessment().quarter())),
            Column.of("考核结果", 10, l -> l.assessment() == null ? null : RESULT.get(l.assessment().result())),
            Column.of("群众满意率（%）", 12, l -> basis(l) == null ? null : basis(l).ratePercent()),
            Column.of("测评份数", 10, l -> basis(l) == null ? null : basis(l).answers()),
            Column.of("考核意见", 36, l -> l.assessment() == null ? null : l.assessment().findings()),
            Column.of("处理", 16, l -> l.assessment() == null ? null : REMEDY.get(l.assessment().remedy())),
            Column.of("整改期限", 12, l -> l.assessment() == null ? null : l.assessment().deadline()),
            Column.of("整改完成", 18, l -> l.assessment() == null ? null : l.assessment().rectifiedAt()), Column.of("撤销原因",
                    30, l -> l.post().revocation() == null ? null : CAUSE.get(l.post().revocation().cause())));

    private final PostService service;
    private final Roster roster;

    PostWorkbookController(PostService service, Roster roster) {
        this.service = service;
        this.roster = roster;
    }

    /** The register as the list {@code GET /api/post/posts} filters it: all posts, or those of one status. */
    @GetMapping("/posts.xlsx")
    ResponseEntity<StreamingResponseBody> register(Caller caller, @RequestParam(required = false) PostStatus status) {
        String bureau = caller.bureauAs(REGISTER_READERS);
        String title = roster.bureauName(bureau) + "党员示范岗登记台账" + (status == null ? "" : "（" + STATUS.get(status) + "）");
        LocalDate today = service.today();
        String fileName = title + "（" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日）.xlsx";
        return XlsxDownloads.attachmentOfStream(fileName, "示范岗台账", title, COLUMNS, () -> lines(bureau, status));
    }

    private Stream<Line> lines(String bureau, PostStatus status) {
        return service.register(bureau, status)
                .flatMap(post -> post.assessments().isEmpty()
                        ? Stream.of(new Line(post, null))
                        : post.assessments().stream().map(a -> new Line(post, a)));
    }

    private static String establishment(Post post) {
        Establishment how = post.establishment();
        if (how == null) {
            return null;
        }
        return how.resolutionNo() != null ? "局务会决议 " + how.resolutionNo() : "民主推选当选";
    }

    private static Assessment.Basis basis(Line line) {
        return line.assessment() == null ? null : line.assessment().basis();
    }

    /** "2026-Q4" as the screens say it: 2026年第四季度. */
    static String chineseQuarter(String quarter) {
        return ChineseDates.quarter(Quarter.parse(quarter));
    }
}
