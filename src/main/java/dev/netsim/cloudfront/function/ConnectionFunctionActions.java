package dev.netsim.cloudfront.function;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudfront.model.ConnectionFunctionSummary;
import software.amazon.awssdk.services.cloudfront.model.CreateConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.DescribeConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.DescribeConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.ListConnectionFunctionsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListConnectionFunctionsResponse;
import software.amazon.awssdk.services.cloudfront.model.PublishConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.PublishConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.TestConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.TestConnectionFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateConnectionFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateConnectionFunctionResponse;

/** CloudFront (restXml) handlers for connection functions, which run when a viewer opens a TLS connection. */
@Component
class ConnectionFunctionActions {

    private static final String LOCATION = "https://cloudfront.amazonaws.com/2020-05-31/connection-function/";

    private final FunctionService functions;
    private final CloudFrontTagService tags;

    ConnectionFunctionActions(FunctionService functions, CloudFrontTagService tags) {
        this.functions = functions;
        this.tags = tags;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateConnectionFunctionResponse createConnectionFunction(CreateConnectionFunctionRequest r, Scope scope) {
        FunctionService.Stage created = functions.create(scope, FunctionKind.CONNECTION, r.name(), r.connectionFunctionConfig(),
                FunctionActions.bytes(r.connectionFunctionCode()));
        tags.tag(scope, created.arn(), CloudFrontTagActions.asMap(r.tags()));
        return CreateConnectionFunctionResponse.builder().connectionFunctionSummary(summary(created)).eTag(created.etag())
                .location(LOCATION + created.id()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DescribeConnectionFunctionResponse describeConnectionFunction(DescribeConnectionFunctionRequest r, Scope scope) {
        FunctionService.Stage stage = functions.describe(scope, FunctionKind.CONNECTION, r.identifier(), r.stageAsString());
        return DescribeConnectionFunctionResponse.builder().connectionFunctionSummary(summary(stage)).eTag(stage.etag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetConnectionFunctionResponse getConnectionFunction(GetConnectionFunctionRequest r, Scope scope) {
        FunctionService.Stage stage = functions.describe(scope, FunctionKind.CONNECTION, r.identifier(), r.stageAsString());
        return GetConnectionFunctionResponse.builder().connectionFunctionCode(SdkBytes.fromByteArray(stage.code())).eTag(stage.etag())
                .contentType("application/octet-stream").build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateConnectionFunctionResponse updateConnectionFunction(UpdateConnectionFunctionRequest r, Scope scope) {
        FunctionService.Stage updated = functions.update(scope, FunctionKind.CONNECTION, r.id(), r.ifMatch(), r.connectionFunctionConfig(),
                FunctionActions.bytes(r.connectionFunctionCode()));
        return UpdateConnectionFunctionResponse.builder().connectionFunctionSummary(summary(updated)).eTag(updated.etag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    PublishConnectionFunctionResponse publishConnectionFunction(PublishConnectionFunctionRequest r, Scope scope) {
        return PublishConnectionFunctionResponse.builder()
                .connectionFunctionSummary(summary(functions.publish(scope, FunctionKind.CONNECTION, r.id(), r.ifMatch()))).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteConnectionFunctionResponse deleteConnectionFunction(DeleteConnectionFunctionRequest r, Scope scope) {
        String arn = functions.describe(scope, FunctionKind.CONNECTION, r.id(), null).arn();
        functions.delete(scope, FunctionKind.CONNECTION, r.id(), r.ifMatch());
        tags.resourceDeleted(arn);
        return DeleteConnectionFunctionResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListConnectionFunctionsResponse listConnectionFunctions(ListConnectionFunctionsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems());
        Page<FunctionService.Stage> page = functions.list(scope, FunctionKind.CONNECTION, r.stageAsString(), r.marker(), max);
        var items = page.items().stream().map(ConnectionFunctionActions::summary).toList();
        return ListConnectionFunctionsResponse.builder().nextMarker(page.nextToken()).connectionFunctions(items).build();
    }

    /** Netsim keeps a connection function's code but has no runtime of CloudFront's to run it in. */
    @AwsAction(WireService.CLOUDFRONT)
    TestConnectionFunctionResponse testConnectionFunction(TestConnectionFunctionRequest r, Scope scope) {
        functions.checkIfMatch(scope, FunctionKind.CONNECTION, r.id(), r.ifMatch());
        functions.describe(scope, FunctionKind.CONNECTION, r.id(), r.stageAsString());
        throw new AwsException("UnsupportedOperation", "Netsim keeps connection functions but does not run their code, so "
                + "TestConnectionFunction cannot answer.");
    }

    private static ConnectionFunctionSummary summary(FunctionService.Stage s) {
        return ConnectionFunctionSummary.builder().name(s.name()).id(s.id()).connectionFunctionConfig(s.config())
                .connectionFunctionArn(s.arn()).status(s.status()).stage(s.stage()).createdTime(s.created()).lastModifiedTime(s.lastModified())
                .build();
    }
}
