package dev.netsim.cloudfront.function;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.FunctionConfig;

/**
 * CloudFront Functions: a DEVELOPMENT stage that Create and Update write (If-Match its ETag) and a
 * LIVE stage that Publish copies it to. A function's status is {@code UNPUBLISHED} while DEVELOPMENT
 * has changes LIVE lacks, {@code DEPLOYED} while a distribution associates it, {@code UNASSOCIATED}
 * otherwise. Code is kept, not run: Netsim has no JavaScript runtime of CloudFront's.
 */
@Service
@Transactional
public class FunctionService {

    static final int MAX_FUNCTIONS = 100;
    static final int MAX_CODE_BYTES = 10_240;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    /** One stage of a function as the operations answer it. */
    public record Stage(String name, String stage, String etag, Instant created, Instant lastModified, FunctionConfig config, byte[] code,
                        String arn, String status) {
    }

    private final CloudFrontFunctionRepository functions;
    private final ObjectProvider<FunctionAssociations> associations;
    private final CloudFrontLocks locks;
    private final CloudFrontIds ids;
    private final Clock clock;

    FunctionService(CloudFrontFunctionRepository functions, ObjectProvider<FunctionAssociations> associations, CloudFrontLocks locks,
                    CloudFrontIds ids, Clock clock) {
        this.functions = functions;
        this.associations = associations;
        this.locks = locks;
        this.ids = ids;
        this.clock = clock;
    }

    public Stage create(Scope scope, String name, FunctionConfig config, byte[] code) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "A function name is 1 to 64 letters, digits, hyphens and underscores: " + name);
        }
        checkCode(config, code);
        locks.holdReferences();
        if (!functions.findByAccountAndName(scope.account(), name).isEmpty()) {
            throw new AwsException("FunctionAlreadyExists", "A function with the name " + name + " already exists.", 409);
        }
        if (functions.countByAccountAndStage(scope.account(), CloudFrontFunction.DEVELOPMENT) >= MAX_FUNCTIONS) {
            throw new AwsException("TooManyFunctions", "You have reached the maximum number of CloudFront Functions (" + MAX_FUNCTIONS + ").");
        }
        CloudFrontFunction development = new CloudFrontFunction(scope.account(), name, CloudFrontFunction.DEVELOPMENT, ids.etag(), clock.instant(),
                RestXmlEnvelopes.storedDocument("FunctionConfig", config), code);
        functions.save(development);
        return view(scope, development);
    }

    @Transactional(readOnly = true)
    public Stage describe(Scope scope, String name, String stage) {
        return view(scope, stage(scope, name, stage == null ? CloudFrontFunction.DEVELOPMENT : stage));
    }

    public Stage update(Scope scope, String name, String ifMatch, FunctionConfig config, byte[] code) {
        CloudFrontFunction development = stage(scope, name, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        checkCode(config, code);
        development.replace(ids.etag(), clock.instant(), RestXmlEnvelopes.storedDocument("FunctionConfig", config), code);
        return view(scope, development);
    }

    /** LIVE becomes what DEVELOPMENT is. */
    public Stage publish(Scope scope, String name, String ifMatch) {
        CloudFrontFunction development = stage(scope, name, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        Instant now = clock.instant();
        CloudFrontFunction live = functions.findById(new CloudFrontFunction.Key(scope.account(), name, CloudFrontFunction.LIVE)).orElse(null);
        if (live == null) {
            live = functions.save(new CloudFrontFunction(scope.account(), name, CloudFrontFunction.LIVE, ids.etag(), now,
                    development.getConfigXml(), development.code()));
        } else {
            live.replace(ids.etag(), now, development.getConfigXml(), development.code());
        }
        return view(scope, live);
    }

    public void delete(Scope scope, String name, String ifMatch) {
        CloudFrontFunction development = stage(scope, name, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        String arn = arn(scope, name);
        if (associated(scope, arn)) {
            throw new AwsException("FunctionInUse", "The function " + name + " is associated with a distribution's cache behavior.", 409);
        }
        functions.deleteAll(functions.findByAccountAndName(scope.account(), name));
    }

    /** One stage's functions in name order, a page at a time (the marker is the name the page starts at). */
    @Transactional(readOnly = true)
    public Page<Stage> list(Scope scope, String stage, String marker, int max) {
        List<CloudFrontFunction> all = functions.findByAccountAndStageOrderByName(scope.account(), stage == null ? CloudFrontFunction.DEVELOPMENT
                : stage);
        Page<CloudFrontFunction> page = Pager.page(all, CloudFrontFunction::getName, max, marker,
                "InvalidArgument");
        return new Page<>(page.items().stream().map(f -> view(scope, f)).toList(), page.nextToken());
    }

    /** Whether a LIVE function has this ARN in the account (a distribution may only associate those). */
    @Transactional(readOnly = true)
    public boolean isLive(Scope scope, String arn) {
        String name = CloudFrontArns.idIn(arn, scope.account(), "function");
        return name != null && functions.existsById(new CloudFrontFunction.Key(scope.account(), name, CloudFrontFunction.LIVE));
    }

    /** Whether a function (in either stage) is associated with the KeyValueStore of this ARN. */
    @Transactional(readOnly = true)
    public boolean usesStore(Scope scope, String storeArn) {
        return functions.findByAccount(scope.account()).stream().map(FunctionService::config)
                .anyMatch(c -> c.keyValueStoreAssociations() != null && c.keyValueStoreAssociations().items().stream()
                        .anyMatch(a -> storeArn.equals(a.keyValueStoreARN())));
    }

    private static FunctionConfig config(CloudFrontFunction f) {
        return (FunctionConfig) READER.readDocument(FunctionConfig.builder(), f.getConfigXml());
    }

    private void checkCode(FunctionConfig config, byte[] code) {
        if (config == null || code == null || code.length == 0) {
            throw new AwsException("InvalidArgument", "A function needs a FunctionConfig and its FunctionCode.");
        }
        if (code.length > MAX_CODE_BYTES) {
            throw new AwsException("FunctionSizeLimitExceeded", "The function code is " + code.length + " bytes; CloudFront Functions take at most "
                    + MAX_CODE_BYTES + ".", 413);
        }
    }

    private CloudFrontFunction stage(Scope scope, String name, String stage) {
        return functions.findById(new CloudFrontFunction.Key(scope.account(), name, stage))
                .orElseThrow(() -> new AwsException("NoSuchFunctionExists", "The function " + name + " does not exist"
                        + (stage.equals(CloudFrontFunction.LIVE) ? " in the LIVE stage (publish it first)." : "."), 404));
    }

    private Stage view(Scope scope, CloudFrontFunction f) {
        String arn = arn(scope, f.getName());
        Optional<CloudFrontFunction> live = functions.findById(new CloudFrontFunction.Key(scope.account(), f.getName(), CloudFrontFunction.LIVE));
        String status;
        if (live.isEmpty() || (f.getStage().equals(CloudFrontFunction.DEVELOPMENT) && f.getLastModified().isAfter(live.get().getLastModified()))) {
            status = "UNPUBLISHED";
        } else {
            status = associated(scope, arn) ? "DEPLOYED" : "UNASSOCIATED";
        }
        return new Stage(f.getName(), f.getStage(), f.getEtag(), f.getCreated(), f.getLastModified(),
                config(f), f.code(), arn, status);
    }

    private boolean associated(Scope scope, String arn) {
        return associations.stream().anyMatch(a -> a.associates(scope, arn));
    }

    static String arn(Scope scope, String name) {
        return CloudFrontArns.of(scope.account(), "function", name);
    }
}
