package io.kontext.publish;

import io.kontext.model.PublishTarget;
import java.nio.file.Path;
import java.util.Set;

/**
 * One publish of a built site to a target: the plan (what is new, changed, unchanged, stale),
 * then, unless it is a dry run, the uploads in the plan's order, the deletions, and the manifest.
 * When the store fails halfway (the connection drops), it stops there: everything uploaded so far
 * went in an order that keeps the target's site whole, the stale objects are all still there, and
 * the next publish finds the rest to do.
 */
public final class Publication {

    /** Told of each object written or deleted, and of the bytes so far: the progress line, and tests. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void uploaded(String key, long doneBytes, long totalBytes, int doneFiles, int totalFiles) {
        }

        default void deleted(String key) {
        }
    }

    /**
     * What a publish found and did.
     *
     * @param failure what stopped it, or null when it finished (or was a dry run)
     */
    public record Outcome(Summary plan, int uploaded, int deleted, StoreFailure failure) {
        public boolean finished() {
            return failure == null;
        }
    }

    /** The plan in numbers, with the first key of each kind, as {@code --dry-run} prints it. */
    public record Summary(Count added, Count changed, Count deleted, Count unchanged) {
        public boolean nothingToDo() {
            return added.files() == 0 && changed.files() == 0 && deleted.files() == 0;
        }
    }

    public record Count(int files, long bytes, String first) {
    }

    /** A failure of the store, in words: what happened, what to do. */
    public record StoreFailure(String message, String hint, boolean beforeAnyChange) {
    }

    private final Store store;
    private final PublishTarget target;

    private Publication(Store store, PublishTarget target) {
        this.store = store;
        this.target = target;
    }

    /** A publication to {@code target}, through its store (a bucket, through the AWS SDK; or a folder). */
    public static Publication to(PublishTarget target, Path projectRoot) {
        Store store = target.isBucket() ? new BucketStore(target) : new FolderStore(projectRoot.resolve(target.folder()));
        return new Publication(store, target);
    }

    /** For tests: a publication through a store of the test's own making. */
    static Publication through(Store store, PublishTarget target) {
        return new Publication(store, target);
    }

    /**
     * Plans, and unless {@code dryRun} carries out, the publish of the site built in {@code site}.
     * {@code confirm} is asked once the plan is known and before anything is changed; it may say no.
     */
    public Outcome publish(Path site, Set<String> languages, boolean dryRun, boolean keepStale,
            java.util.function.Predicate<Summary> confirm, Listener listener) {
        PublishPlan plan;
        Manifest manifest;
        try {
            var stored = store.list();
            manifest = stored.stream().anyMatch(s -> s.key().equals(PublishPlan.MANIFEST))
                    ? store.get(PublishPlan.MANIFEST).map(Manifest::parse).orElse(Manifest.empty()) : Manifest.empty();
            plan = PublishPlan.of(site, stored, manifest, target.isBucket(), target.compress(), languages, keepStale);
        } catch (StoreException e) {
            return new Outcome(null, 0, 0, new StoreFailure(e.getMessage(), e.hint(), true));
        }
        Summary summary = summary(plan);
        if (dryRun || summary.nothingToDo() || !confirm.test(summary)) {
            return new Outcome(summary, 0, 0, null);
        }
        int uploaded = 0;
        int deleted = 0;
        long done = 0;
        long total = plan.uploadBytes();
        try {
            for (PublishPlan.Item item : plan.uploads()) {
                String etag = store.put(item.key(), item.body(), item.headers());
                manifest = manifest.with(item.key(), new Manifest.Entry(item.md5(), item.size(), etag, item.headersDigest()));
                uploaded++;
                done += item.size();
                listener.uploaded(item.key(), done, total, uploaded, plan.uploads().size());
            }
            for (Store.Stored gone : plan.deletions()) {
                store.delete(gone.key());
                manifest = manifest.without(gone.key());
                deleted++;
                listener.deleted(gone.key());
            }
            // the unchanged, as they are: the manifest of this publish is whole
            for (PublishPlan.Item item : plan.unchanged()) {
                if (manifest.get(item.key()).isEmpty()) {
                    manifest = manifest.with(item.key(), new Manifest.Entry(item.md5(), item.size(), item.md5(),
                            item.headersDigest()));
                }
            }
            store.put(PublishPlan.MANIFEST, manifest.bytes(), java.util.Map.of("Content-Type",
                    HeaderRules.contentType(PublishPlan.MANIFEST), "Cache-Control", "no-store"));
        } catch (StoreException e) {
            return new Outcome(summary, uploaded, deleted, new StoreFailure(e.getMessage(), e.hint(), false));
        }
        return new Outcome(summary, uploaded, deleted, null);
    }

    private static Summary summary(PublishPlan plan) {
        return new Summary(count(plan.added()), count(plan.changed()),
                new Count(plan.deletions().size(), plan.deletions().stream().mapToLong(Store.Stored::size).sum(),
                        plan.deletions().isEmpty() ? null : plan.deletions().get(0).key()),
                count(plan.unchanged()));
    }

    private static Count count(java.util.List<PublishPlan.Item> items) {
        return new Count(items.size(), items.stream().mapToLong(PublishPlan.Item::size).sum(),
                items.isEmpty() ? null : items.get(0).key());
    }

    public void close() {
        store.close();
    }
}
