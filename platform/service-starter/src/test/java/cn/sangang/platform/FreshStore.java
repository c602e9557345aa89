package cn.sangang.platform;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import cn.sangang.testkit.TestInfrastructure;

/**
 * A database of its own for a test class that runs without Spring, {@code @RegisterExtension static}: open before the
 * class's first test (so instance fields may use {@link #mongo()}), closed after its last.
 */
public final class FreshStore implements BeforeAllCallback, AfterAllCallback {

    private SimpleMongoClientDatabaseFactory store;
    private MongoTemplate mongo;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = new SimpleMongoClientDatabaseFactory(TestInfrastructure.get().freshMongoUri());
        mongo = new MongoTemplate(store);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        store.destroy();
    }

    public MongoTemplate mongo() {
        return mongo;
    }
}
