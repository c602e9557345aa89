package cn.sangang.pledge.pledge;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SatisfactionRepository extends Repository<SatisfactionDocument, String> {

    List<SatisfactionDocument> findByBureauIdAndTargetIdIn(String bureauId, List<String> pledgeIds);
}
