package uk.nowrongdoor.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecuritySettingRepository extends JpaRepository<SecuritySetting, String> {}
