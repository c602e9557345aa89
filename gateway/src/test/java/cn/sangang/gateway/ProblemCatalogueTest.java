package cn.sangang.gateway;

import cn.sangang.testkit.ProblemCatalogueContract;

class ProblemCatalogueTest extends ProblemCatalogueContract {
}
