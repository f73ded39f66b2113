package dev.netsim.cloudfront.function;

import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.resource.PageSizes;
import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudfront.model.CreateFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.DeleteFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.DeleteFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.DescribeFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.DescribeFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.FunctionList;
import software.amazon.awssdk.services.cloudfront.model.FunctionMetadata;
import software.amazon.awssdk.services.cloudfront.model.FunctionSummary;
import software.amazon.awssdk.services.cloudfront.model.GetFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.GetFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.ListFunctionsRequest;
import software.amazon.awssdk.services.cloudfront.model.ListFunctionsResponse;
import software.amazon.awssdk.services.cloudfront.model.PublishFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.PublishFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.TestFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.TestFunctionResponse;
import software.amazon.awssdk.services.cloudfront.model.UpdateFunctionRequest;
import software.amazon.awssdk.services.cloudfront.model.UpdateFunctionResponse;

/** CloudFront (restXml) handlers for CloudFront Functions. */
@Component
class FunctionActions {

    private final FunctionService functions;

    FunctionActions(FunctionService functions) {
        this.functions = functions;
    }

    @AwsAction(WireService.CLOUDFRONT)
    CreateFunctionResponse createFunction(CreateFunctionRequest r, Scope scope) {
        FunctionService.Stage created = functions.create(scope, FunctionKind.VIEWER, r.name(), r.functionConfig(), bytes(r.functionCode()));
        return CreateFunctionResponse.builder().functionSummary(summary(created)).eTag(created.etag())
                .location("https://cloudfront.amazonaws.com/2020-05-31/function/" + created.arn()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DescribeFunctionResponse describeFunction(DescribeFunctionRequest r, Scope scope) {
        FunctionService.Stage stage = functions.describe(scope, FunctionKind.VIEWER, r.name(), r.stageAsString());
        return DescribeFunctionResponse.builder().functionSummary(summary(stage)).eTag(stage.etag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    GetFunctionResponse getFunction(GetFunctionRequest r, Scope scope) {
        FunctionService.Stage stage = functions.describe(scope, FunctionKind.VIEWER, r.name(), r.stageAsString());
        return GetFunctionResponse.builder().functionCode(SdkBytes.fromByteArray(stage.code())).eTag(stage.etag())
                .contentType("application/octet-stream").build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    UpdateFunctionResponse updateFunction(UpdateFunctionRequest r, Scope scope) {
        FunctionService.Stage updated = functions.update(scope, FunctionKind.VIEWER, r.name(), r.ifMatch(), r.functionConfig(), bytes(r.functionCode()));
        return UpdateFunctionResponse.builder().functionSummary(summary(updated)).eTag(updated.etag()).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    PublishFunctionResponse publishFunction(PublishFunctionRequest r, Scope scope) {
        return PublishFunctionResponse.builder().functionSummary(summary(functions.publish(scope, FunctionKind.VIEWER, r.name(), r.ifMatch()))).build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    DeleteFunctionResponse deleteFunction(DeleteFunctionRequest r, Scope scope) {
        functions.delete(scope, FunctionKind.VIEWER, r.name(), r.ifMatch());
        return DeleteFunctionResponse.builder().build();
    }

    @AwsAction(WireService.CLOUDFRONT)
    ListFunctionsResponse listFunctions(ListFunctionsRequest r, Scope scope) {
        int max = PageSizes.maxItems(r.maxItems());
        Page<FunctionService.Stage> page = functions.list(scope, FunctionKind.VIEWER, r.stageAsString(), r.marker(), max);
        var items = page.items().stream().map(FunctionActions::summary).toList();
        return ListFunctionsResponse.builder().functionList(FunctionList.builder().nextMarker(page.nextToken()).maxItems(max).quantity(items.size())
                .items(items.isEmpty() ? null : items).build()).build();
    }

    /** Netsim keeps a function's code but has no runtime of CloudFront's to run it in. */
    @AwsAction(WireService.CLOUDFRONT)
    TestFunctionResponse testFunction(TestFunctionRequest r, Scope scope) {
        functions.describe(scope, FunctionKind.VIEWER, r.name(), r.stageAsString());
        throw new AwsException("UnsupportedOperation", "Netsim keeps CloudFront Functions but does not run their code, so TestFunction cannot "
                + "answer.");
    }

    static byte[] bytes(SdkBytes code) {
        return code == null ? null : code.asByteArray();
    }

    private static FunctionSummary summary(FunctionService.Stage s) {
        return FunctionSummary.builder().name(s.name()).status(s.status()).functionConfig(s.config())
                .functionMetadata(FunctionMetadata.builder().functionARN(s.arn()).stage(s.stage()).createdTime(s.created())
                        .lastModifiedTime(s.lastModified()).build()).build();
    }
}
