package cn.sangang.pledge;

import cn.sangang.testkit.ProblemCatalogueContract;

class ProblemCatalogueTest extends ProblemCatalogueContract {
}
