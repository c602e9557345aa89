package cn.sangang.testkit.architecture;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import cn.sangang.platform.problem.ConflictException;

/** Small classes that keep or break the service rules, for the rules' own tests. */
final class Fixtures {

    private Fixtures() {
    }

    interface NoteRepository extends Repository<NoteDocument, String> {

        NoteDocument save(NoteDocument note);

        Optional<NoteDocument> findById(String id);
    }

    @Document("notes")
    static class NoteDocument {
        private String text;

        void text(String value) {
            text = value;
        }
    }

    @Document("refusing_notes")
    static class RefusingNoteDocument {
        private boolean closed;

        void close() {
            if (closed) {
                throw new ConflictException("note.closed");
            }
            closed = true;
        }
    }

    static class ReadingController {
        private final NoteRepository notes;

        ReadingController(NoteRepository notes) {
            this.notes = notes;
        }

        Optional<NoteDocument> get(String id) {
            return notes.findById(id);
        }
    }

    static class SavingController {
        private final NoteRepository notes;

        SavingController(NoteRepository notes) {
            this.notes = notes;
        }

        NoteDocument put(NoteDocument note) {
            return notes.save(note);
        }
    }

    static class RemovingByReferenceController {
        private final MongoOperations mongo;

        RemovingByReferenceController(MongoOperations mongo) {
            this.mongo = mongo;
        }

        Function<Object, ?> remover() {
            return mongo::remove;
        }
    }

    @Service
    static class NoteService {
    }

    @Service
    static class NoteHelper {
    }
}
