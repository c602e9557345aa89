package cn.sangang.post.post;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

import cn.sangang.post.post.domain.PostStatus;

interface PostRepository extends MongoRepository<PostDocument, String> {

    Optional<PostDocument> findByBureauIdAndId(String bureauId, String id);

    List<PostDocument> findByBureauIdOrderByTitle(String bureauId);

    List<PostDocument> findByBureauIdAndStatusOrderByTitle(String bureauId, PostStatus status);

    Stream<PostDocument> streamByBureauIdOrderByTitle(String bureauId);

    Stream<PostDocument> streamByBureauIdAndStatusOrderByTitle(String bureauId, PostStatus status);

    List<PostDocument> findByBureauIdAndHolderPersonNo(String bureauId, String holderPersonNo);

    List<PostDocument> findByBureauIdAndUnitCode(String bureauId, String unitCode);

    Optional<PostDocument> findByPlaqueCode(String code);

    List<PostDocument> findByBureauIdAndStatusInOrderByTitle(String bureauId, List<PostStatus> statuses);

    List<PostDocument> findByStatus(PostStatus status);
}
