package cn.sangang.evaluation;

import cn.sangang.testkit.ProblemCatalogueContract;

class ProblemCatalogueTest extends ProblemCatalogueContract {
}
