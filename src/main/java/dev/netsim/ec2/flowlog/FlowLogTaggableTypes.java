package dev.netsim.ec2.flowlog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept, each with its existence check. */
@Configuration(proxyBeanMethods = false)
class FlowLogTaggableTypes {

    @Bean
    TaggableType flowLogTaggable(FlowLogService flowLogs) {
        return new TaggableType("fl", "vpc-flow-log", "InvalidFlowLogId", "flow log", flowLogs::exists);
    }
}
