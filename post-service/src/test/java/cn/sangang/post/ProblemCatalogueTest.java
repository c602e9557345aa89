package cn.sangang.post;

import cn.sangang.testkit.ProblemCatalogueContract;

class ProblemCatalogueTest extends ProblemCatalogueContract {
}
