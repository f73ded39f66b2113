package dev.netsim.ec2.insights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.netsim.ec2.tag.TaggableType;

/** The resource types of this package that CreateTags and DeleteTags accept: paths and analyses. */
@Configuration(proxyBeanMethods = false)
class InsightsTaggableTypes {

    @Bean
    TaggableType networkInsightsPathTaggable(NetworkInsightsService insights) {
        return new TaggableType("nip", NetworkInsightsService.PATH_TYPE, "InvalidNetworkInsightsPathId", "network insights path",
                insights::pathExists);
    }

    @Bean
    TaggableType networkInsightsAnalysisTaggable(NetworkInsightsService insights) {
        return new TaggableType("nia", NetworkInsightsService.ANALYSIS_TYPE, "InvalidNetworkInsightsAnalysisId", "network insights analysis",
                insights::analysisExists);
    }
}
