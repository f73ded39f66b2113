package dev.netsim.cloudfront.tag;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CloudFrontTagRepository extends JpaRepository<CloudFrontTag, CloudFrontTag.Key> {

    List<CloudFrontTag> findByResourceArnOrderByTagKey(String resourceArn);

    void deleteByResourceArn(String resourceArn);
}
