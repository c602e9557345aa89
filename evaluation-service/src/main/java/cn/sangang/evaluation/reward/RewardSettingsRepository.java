package cn.sangang.evaluation.reward;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RewardSettingsRepository extends Repository<RewardSettingsDocument, String> {

    RewardSettingsDocument save(RewardSettingsDocument settings);

    Optional<RewardSettingsDocument> findByBureauId(String bureauId);
}
