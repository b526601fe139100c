package io.kontext.model;

import io.kontext.diag.Position;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code kontext publish} puts the site, as {@code site.yaml} names it under {@code publish:}:
 * a bucket of S3-compatible object storage, or a folder (local, or mounted from a server).
 * Credentials are never here: they come from the standard AWS chain (the environment,
 * {@code ~/.aws/credentials}, a profile).
 *
 * @param name what the command line calls it ({@code kontext publish production})
 * @param bucket the bucket, for object storage; null for a folder
 * @param prefix the keys' common start in the bucket, "" or ending in "/"
 * @param endpoint the storage's address, when it is not Amazon S3's own
 * @param region the bucket's region
 * @param pathStyle whether the bucket is named in the path ({@code https://host/bucket/key}) rather
 *     than the host name, as most S3-compatible stores want
 * @param compress whether text files are stored gzipped, with {@code Content-Encoding: gzip}
 *     (stores and CDNs do not pick a {@code .gz} sibling by themselves)
 * @param profile the AWS profile the credentials come from, when not the default chain's
 * @param folder the folder, for a folder target; null for a bucket
 * @param position where the target is written in {@code site.yaml}
 */
public record PublishTarget(String name, String bucket, String prefix, Optional<URI> endpoint, String region,
        boolean pathStyle, boolean compress, Optional<String> profile, Path folder, Position position) {

    public boolean isBucket() {
        return bucket != null;
    }

    /** As the user wrote it: {@code s3://bucket/prefix/} or the folder. */
    public String describe() {
        return isBucket() ? "s3://" + bucket + "/" + prefix : folder.toString();
    }
}
