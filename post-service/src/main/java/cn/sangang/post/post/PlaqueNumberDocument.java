package cn.sangang.post.post;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plaque number taken in a bureau: its id is {@code bureau:number}, so two awards at the same moment cannot both
 * take it. A number claimed by an award that then failed stays reserved, which only skips a number.
 */
@Document("plaque_numbers")
record PlaqueNumberDocument(@Id String id, String postId) {

    static String id(String bureau, String plaqueNo) {
        return bureau + ":" + plaqueNo;
    }
}
