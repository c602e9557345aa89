package cn.sangang.zone;

import cn.sangang.testkit.ProblemCatalogueContract;

class ProblemCatalogueTest extends ProblemCatalogueContract {
}
