package cn.sangang.evaluation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule evaluation_service_keeps_every_service_rule = ServiceArchitecture.of("cn.sangang.evaluation");
}
