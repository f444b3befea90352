package uk.nowrongdoor.geo.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostcodeDistrictRepository extends JpaRepository<PostcodeDistrict, String> {}
