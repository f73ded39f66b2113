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
import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.protocol.restxml.RestXmlBinder;
import dev.netsim.protocol.restxml.RestXmlEnvelopes;
import software.amazon.awssdk.services.cloudfront.model.FunctionConfig;

/**
 * CloudFront Functions and connection functions ({@link FunctionKind}): a DEVELOPMENT stage that
 * Create and Update write (If-Match its ETag) and a LIVE stage that Publish copies it to. A
 * function's status is {@code UNPUBLISHED} while DEVELOPMENT has changes LIVE lacks, {@code DEPLOYED}
 * while a distribution associates it, {@code UNASSOCIATED} otherwise. Code is kept, not run: Netsim
 * has no JavaScript runtime of CloudFront's.
 */
@Service
@Transactional
public class FunctionService implements TaggableResources {

    static final int MAX_FUNCTIONS = 100;
    static final int MAX_CODE_BYTES = 10_240;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final RestXmlBinder READER = new RestXmlBinder("InvalidArgument");

    /** One stage of a function as the operations answer it. */
    public record Stage(String name, String id, String stage, String etag, Instant created, Instant lastModified, FunctionConfig config,
                        byte[] code, String arn, String status) {
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

    public Stage create(Scope scope, FunctionKind kind, String name, FunctionConfig config, byte[] code) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "A " + kind.label() + " name is 1 to 64 letters, digits, hyphens and underscores: " + name);
        }
        checkCode(kind, config, code);
        locks.holdReferences();
        if (!functions.findByKindAndAccountAndName(kind.arnType(), scope.account(), name).isEmpty()) {
            throw new AwsException(kind.alreadyExists(), "A " + kind.label() + " with the name " + name + " already exists.", 409);
        }
        if (functions.countByKindAndAccountAndStage(kind.arnType(), scope.account(), CloudFrontFunction.DEVELOPMENT) >= MAX_FUNCTIONS) {
            throw new AwsException(kind.tooMany(), "You have reached the maximum number of " + kind.label() + "s (" + MAX_FUNCTIONS + ").");
        }
        String id = kind == FunctionKind.VIEWER ? name : ids.eId();
        CloudFrontFunction development = new CloudFrontFunction(kind, scope.account(), name, id, CloudFrontFunction.DEVELOPMENT, ids.etag(),
                clock.instant(), RestXmlEnvelopes.storedDocument("FunctionConfig", config), code);
        functions.save(development);
        return view(scope, development);
    }

    /** The stage (DEVELOPMENT when none is given) of the function the identifier names. */
    @Transactional(readOnly = true)
    public Stage describe(Scope scope, FunctionKind kind, String identifier, String stage) {
        return view(scope, stage(scope, kind, identifier, stage == null ? CloudFrontFunction.DEVELOPMENT : stage));
    }

    /** Refuses an If-Match that is not the DEVELOPMENT stage's ETag (TestFunction checks it too). */
    @Transactional(readOnly = true)
    public void checkIfMatch(Scope scope, FunctionKind kind, String identifier, String ifMatch) {
        CloudFrontLocks.checkIfMatch(stage(scope, kind, identifier, CloudFrontFunction.DEVELOPMENT).getEtag(), ifMatch);
    }

    public Stage update(Scope scope, FunctionKind kind, String identifier, String ifMatch, FunctionConfig config, byte[] code) {
        CloudFrontFunction development = stage(scope, kind, identifier, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        checkCode(kind, config, code);
        development.replace(ids.etag(), clock.instant(), RestXmlEnvelopes.storedDocument("FunctionConfig", config), code);
        return view(scope, development);
    }

    /** LIVE becomes what DEVELOPMENT is. */
    public Stage publish(Scope scope, FunctionKind kind, String identifier, String ifMatch) {
        CloudFrontFunction development = stage(scope, kind, identifier, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        Instant now = clock.instant();
        CloudFrontFunction live = functions.findById(key(development, CloudFrontFunction.LIVE)).orElse(null);
        if (live == null) {
            live = functions.save(new CloudFrontFunction(kind, scope.account(), development.getName(), development.getFunctionId(),
                    CloudFrontFunction.LIVE, ids.etag(), now, development.getConfigXml(), development.code()));
        } else {
            live.replace(ids.etag(), now, development.getConfigXml(), development.code());
        }
        return view(scope, live);
    }

    public void delete(Scope scope, FunctionKind kind, String identifier, String ifMatch) {
        CloudFrontFunction development = stage(scope, kind, identifier, CloudFrontFunction.DEVELOPMENT);
        CloudFrontLocks.checkIfMatch(development.getEtag(), ifMatch);
        if (associated(scope, arn(scope, development))) {
            throw new AwsException(kind.inUse(), "The " + kind.label() + " " + development.getName() + " is associated with a distribution.", 409);
        }
        functions.deleteAll(functions.findByKindAndAccountAndName(kind.arnType(), scope.account(), development.getName()));
    }

    /** One stage's functions in name order, a page at a time (the marker is the name the page starts at). */
    @Transactional(readOnly = true)
    public Page<Stage> list(Scope scope, FunctionKind kind, String stage, String marker, int max) {
        List<CloudFrontFunction> all = functions.findByKindAndAccountAndStageOrderByName(kind.arnType(), scope.account(),
                stage == null ? CloudFrontFunction.DEVELOPMENT : stage);
        Page<CloudFrontFunction> page = Pager.page(all, CloudFrontFunction::getName, max, marker, "InvalidArgument");
        return new Page<>(page.items().stream().map(f -> view(scope, f)).toList(), page.nextToken());
    }

    /** Whether a LIVE function of the kind has this ARN in the account (a distribution may only associate those). */
    @Transactional(readOnly = true)
    public boolean isLive(Scope scope, FunctionKind kind, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), kind.arnType());
        return id != null && functions.findByKindAndAccountAndId(kind.arnType(), scope.account(), id).stream()
                .anyMatch(f -> f.getStage().equals(CloudFrontFunction.LIVE));
    }

    /** Whether a function (of either kind, in either stage) is associated with the KeyValueStore of this ARN. */
    @Transactional(readOnly = true)
    public boolean usesStore(Scope scope, String storeArn) {
        return functions.findByAccount(scope.account()).stream().map(FunctionService::config)
                .anyMatch(c -> c.keyValueStoreAssociations() != null && c.keyValueStoreAssociations().items().stream()
                        .anyMatch(a -> storeArn.equals(a.keyValueStoreARN())));
    }

    /** Connection functions take tags (viewer functions do not, in the SDK's model). */
    @Override
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), FunctionKind.CONNECTION.arnType());
        return id != null && !functions.findByKindAndAccountAndId(FunctionKind.CONNECTION.arnType(), scope.account(), id).isEmpty();
    }

    private static FunctionConfig config(CloudFrontFunction f) {
        return (FunctionConfig) READER.readDocument(FunctionConfig.builder(), f.getConfigXml());
    }

    private static void checkCode(FunctionKind kind, FunctionConfig config, byte[] code) {
        if (config == null || code == null || code.length == 0) {
            throw new AwsException("InvalidArgument", "A " + kind.label() + " needs its config and its code.");
        }
        if (code.length > MAX_CODE_BYTES) {
            throw new AwsException(kind.tooLarge(), "The " + kind.label() + " code is " + code.length + " bytes; CloudFront takes at most "
                    + MAX_CODE_BYTES + ".", 413);
        }
    }

    /** A viewer function by name; a connection function by id, name or ARN. */
    private CloudFrontFunction stage(Scope scope, FunctionKind kind, String identifier, String stage) {
        String name = identifier == null ? "" : identifier;
        if (kind == FunctionKind.CONNECTION) {
            String id = CloudFrontArns.idOrSelf(name, scope.account(), kind.arnType());
            name = functions.findByKindAndAccountAndId(kind.arnType(), scope.account(), id).stream().findFirst()
                    .map(CloudFrontFunction::getName).orElse(name);
        }
        return functions.findById(new CloudFrontFunction.Key(kind.arnType(), scope.account(), name, stage))
                .orElseThrow(() -> new AwsException(kind.notFound(), "The " + kind.label() + " " + identifier + " does not exist"
                        + (stage.equals(CloudFrontFunction.LIVE) ? " in the LIVE stage (publish it first)." : "."), 404));
    }

    private Stage view(Scope scope, CloudFrontFunction f) {
        String arn = arn(scope, f);
        Optional<CloudFrontFunction> live = functions.findById(key(f, CloudFrontFunction.LIVE));
        String status;
        if (live.isEmpty() || (f.getStage().equals(CloudFrontFunction.DEVELOPMENT) && f.getLastModified().isAfter(live.get().getLastModified()))) {
            status = "UNPUBLISHED";
        } else {
            status = associated(scope, arn) ? "DEPLOYED" : "UNASSOCIATED";
        }
        return new Stage(f.getName(), f.getFunctionId(), f.getStage(), f.getEtag(), f.getCreated(), f.getLastModified(), config(f), f.code(), arn,
                status);
    }

    private static CloudFrontFunction.Key key(CloudFrontFunction f, String stage) {
        return new CloudFrontFunction.Key(f.kind().arnType(), f.getId().account(), f.getName(), stage);
    }

    private boolean associated(Scope scope, String arn) {
        return associations.stream().anyMatch(a -> a.associates(scope, arn));
    }

    private static String arn(Scope scope, CloudFrontFunction f) {
        return CloudFrontArns.of(scope.account(), f.kind().arnType(), f.getFunctionId());
    }
}
