package io.kontext.publish;

import io.kontext.model.PublishTarget;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket of S3-compatible object storage, through the AWS SDK for Java v2 with the JDK's own
 * HTTP client. Credentials come from the standard AWS chain (the environment, {@code
 * ~/.aws/credentials}, the target's profile), never from {@code site.yaml}. Each failure is said
 * in words that name the target: the store cannot be reached, refused the credentials, or has no
 * such bucket.
 */
final class BucketStore implements Store {

    private final PublishTarget target;
    private final S3Client client;

    BucketStore(PublishTarget target) {
        this.target = target;
        AwsCredentialsProvider credentials = target.profile().isPresent()
                ? ProfileCredentialsProvider.builder().profileName(target.profile().get()).build()
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(credentials)
                // checksums only where S3 requires them: many S3-compatible stores do not take the
                // SDK's newer trailing checksums (aws-chunked uploads)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // the body signed whole, not sent aws-chunked: S3-compatible stores (S3Proxy, some
                // MinIO and Ceph versions) refuse chunked uploads or keep "aws-chunked" as its encoding
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(target.pathStyle())
                        .chunkedEncodingEnabled(false).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)));
        target.endpoint().ifPresent(builder::endpointOverride);
        this.client = builder.build();
    }

    @Override
    public List<Stored> list() {
        List<Stored> out = new ArrayList<>();
        call(() -> {
            for (S3Object o : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(target.bucket())
                    .prefix(target.prefix()).build()).contents()) {
                out.add(new Stored(o.key().substring(target.prefix().length()), o.size(), o.eTag()));
            }
            return null;
        });
        return out;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return call(() -> {
            try {
                return Optional.of(client.getObjectAsBytes(GetObjectRequest.builder().bucket(target.bucket())
                        .key(target.prefix() + key).build()).asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.<byte[]>empty();
            }
        });
    }

    @Override
    public String put(String key, byte[] body, Map<String, String> headers) {
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(target.bucket()).key(target.prefix() + key)
                .contentType(headers.get("Content-Type")).cacheControl(headers.get("Cache-Control"))
                .contentLength((long) body.length);
        if (headers.containsKey("Content-Language")) {
            put.contentLanguage(headers.get("Content-Language"));
        }
        if (headers.containsKey("Content-Encoding")) {
            put.contentEncoding(headers.get("Content-Encoding"));
        }
        return call(() -> client.putObject(put.build(), RequestBody.fromBytes(body)).eTag());
    }

    @Override
    public void delete(String key) {
        call(() -> client.deleteObject(b -> b.bucket(target.bucket()).key(target.prefix() + key)));
    }

    @Override
    public boolean keepsHeaders() {
        return true;
    }

    @Override
    public void close() {
        client.close();
    }

    private interface Call<T> {
        T run();
    }

    /** Runs one request, turning the SDK's exceptions into a failure said for the user. */
    private <T> T call(Call<T> request) {
        String where = "target '" + target.name() + "' (" + target.describe() + (target.endpoint().isPresent()
                ? " at " + target.endpoint().get() : "") + ")";
        try {
            return request.run();
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() : null;
            if (e.statusCode() == 404 && "NoSuchBucket".equals(code)) {
                throw new StoreException(StoreException.Kind.NO_BUCKET, "the bucket '" + target.bucket() + "' of "
                        + where + " does not exist", "create the bucket, or correct 'to' in site.yaml", e);
            }
            if (e.statusCode() == 403 || e.statusCode() == 401) {
                throw new StoreException(StoreException.Kind.REFUSED, where + " refused the credentials ("
                        + e.statusCode() + (code != null ? " " + code : "") + ")", "set AWS_ACCESS_KEY_ID and "
                        + "AWS_SECRET_ACCESS_KEY, or name a profile of ~/.aws/credentials with 'profile:'", e);
            }
            throw new StoreException(StoreException.Kind.FAILED, where + " answered " + e.statusCode()
                    + (code != null ? " " + code : "") + ": " + firstLine(e.getMessage()), null, e);
        } catch (SdkClientException e) {
            if (unreachable(e)) {
                throw new StoreException(StoreException.Kind.UNREACHABLE, "cannot reach " + where + ": "
                        + firstLine(rootCause(e).toString()), "check 'endpoint' in site.yaml and the network", e);
            }
            throw new StoreException(StoreException.Kind.FAILED, "cannot publish to " + where + ": "
                    + firstLine(e.getMessage()), null, e);
        } catch (SdkException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot publish to " + where + ": "
                    + firstLine(e.getMessage()), null, e);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof SocketException
                    || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
