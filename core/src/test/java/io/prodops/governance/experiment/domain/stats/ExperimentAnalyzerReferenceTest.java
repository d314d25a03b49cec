package io.prodops.governance.experiment.domain.stats;

import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.prodops.governance.experiment.domain.stats.Direction.DECREASE;
import static io.prodops.governance.experiment.domain.stats.Direction.INCREASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * p-values and intervals against R 4.2.2: {@code prop.test(x, n, correct=FALSE, conf.level)} (its p-value is the pooled
 * two-proportion z-test as a chi-square, its interval the unpooled Wald interval of p_t − p_c), {@code t.test(xt, xc,
 * var.equal=FALSE, conf.level)} (Welch) on data made with {@code set.seed(1); x <- as.vector(scale(rnorm(n)))*sd + mean}
 * (exactly that mean and sd), and {@code msm::deltamethod} (msm 1.7-1, symbolic derivatives) for the relative lift's
 * standard error (of log(t/c) when both are positive). conf.level = 1 − alpha/m.
 * <p>
 * Tolerances: the issue asks for p-values within 1e-4 absolute, or 1 % relative below 1e-3; both implementations evaluate
 * the same formulas, so we hold them to 1e-6 relative (p-values, intervals) — far inside the bound.
 */
public class ExperimentAnalyzerReferenceTest {
    private static final double TIGHT = 1e-6;
    private final ExperimentAnalyzer analyzer = new ExperimentAnalyzer();

    static AnalysisInput conversions(Direction direction, double alpha, long... usersAndConversions) {
        List<VariantResult> arms = new java.util.ArrayList<>();
        Map<String, Long> planned = new LinkedHashMap<>();
        for (int i = 0; i < usersAndConversions.length; i += 2) {
            String name = i == 0 ? "control" : "t" + (i / 2);
            arms.add(VariantResult.conversion(name, usersAndConversions[i], usersAndConversions[i + 1]));
            planned.put(name, 1L);
        }
        return new AnalysisInput(MetricType.CONVERSION, direction, alpha, "control", arms, null, planned, List.of());
    }

    static AnalysisInput means(Direction direction, double alpha, VariantResult... arms) {
        Map<String, Long> planned = new LinkedHashMap<>();
        for (VariantResult arm : arms) {
            planned.put(arm.name(), 1L);
        }
        return new AnalysisInput(MetricType.CONTINUOUS, direction, alpha, arms[0].name(), List.of(arms), null, planned, List.of());
    }

    private VariantAnalysis first(AnalysisInput input) {
        return analyzer.analyze(input).variants().get(1);
    }

    /** The tolerance, and ours. */
    static void assertPValue(double reference, Double actual) {
        if (reference < 1e-3) {
            assertEquals("p (1 % relative below 1e-3)", 1.0, actual / reference, 0.01);
        } else {
            assertEquals("p (1e-4 absolute)", reference, actual, 1e-4);
        }
        assertEquals("p within " + TIGHT + " relative of " + reference, 1.0, actual / reference, TIGHT);
    }

    static void assertClose(double reference, Double actual) {
        assertEquals(reference, actual, Math.abs(reference) * TIGHT + 1e-15);
    }

    private static void assertInterval(double low, double high, VariantAnalysis arm) {
        assertClose(low, arm.ciLow());
        assertClose(high, arm.ciHigh());
    }

    private static void assertRelativeInterval(double low, double high, VariantAnalysis arm) {
        assertClose(low, arm.relCiLow());
        assertClose(high, arm.relCiHigh());
    }

    @Test
    public void conversionsAgreeWithRPropTest() {
        // R: prop.test(x=c(130,100), n=c(1000,1000), correct=FALSE, conf.level=0.95): p=0.0354884504664747 ci=[0.00206793443937637, 0.0579320655606236]
        VariantAnalysis a = first(conversions(INCREASE, 0.05, 1000, 100, 1000, 130));
        assertPValue(0.0354884504664747, a.pValue());
        assertInterval(0.00206793443937637, 0.0579320655606236, a);
        assertClose(0.03, a.absoluteLift());
        assertClose(0.3, a.relativeLift());
        // R: msm::deltamethod(~ log(x2/x1), mean=c(100/1000, 130/1000), cov=diag(c(pc*(1-pc)/nc, pt*(1-pt)/nt))) = 0.125268941451214;
        //    exp(log(pt/pc) -/+ qnorm(0.975)*se) - 1 = [0.0169842709710457, 0.661775947022602]
        assertRelativeInterval(0.0169842709710457, 0.661775947022602, a);
        assertTrue(a.significant());
        // R: prop.test(x=c(300,250), n=c(5000,5000), correct=FALSE, conf.level=0.95): p=0.0282949662902312 ci=[0.00106548746186878, 0.0189345125381312]
        VariantAnalysis b = first(conversions(INCREASE, 0.05, 5000, 250, 5000, 300));
        assertPValue(0.0282949662902312, b.pValue());
        assertInterval(0.00106548746186878, 0.0189345125381312, b);
        // R: prop.test(x=c(11500,10000), n=c(100000,100000), correct=FALSE, conf.level=0.95): p=2.52279994142386e-27 ci=[0.0122857859971281, 0.0177142140028719]
        VariantAnalysis d = first(conversions(INCREASE, 0.05, 100000, 10000, 100000, 11500));
        assertPValue(2.52279994142386e-27, d.pValue());
        assertInterval(0.0122857859971281, 0.0177142140028719, d);
        // R: msm::deltamethod(~ log(x2/x1), mean=c(10000/100000, 11500/100000), ...) = 0.012921165649396 -> [0.121241914328977, 0.179495685185358]
        assertRelativeInterval(0.121241914328977, 0.179495685185358, d);
        // unequal arms. R: prop.test(x=c(420,90), n=c(12000,3000), correct=FALSE, conf.level=0.95): p=0.176503887726784 ci=[-0.00193356016294262, 0.0119335601629426]
        VariantAnalysis e = first(conversions(INCREASE, 0.05, 3000, 90, 12000, 420));
        assertPValue(0.176503887726784, e.pValue());
        assertInterval(-0.00193356016294262, 0.0119335601629426, e);
        // R: msm::deltamethod(~ log(x2/x1), mean=c(90/3000, 420/12000), ...) = 0.114347701443434 -> [-0.0675751278015558, 0.459754186846092]
        assertRelativeInterval(-0.0675751278015558, 0.459754186846092, e);
        assertFalse(e.significant());
    }

    @Test
    public void threeArmsTestEachTreatmentAtAlphaOverTwoWithMatchingIntervals() {
        // R: prop.test(x=c(2100,2000), n=c(20000,20000), correct=FALSE, conf.level=0.975): p=0.0992486385591891 ci=[-0.00179804921029283, 0.0117980492102928]
        Analysis analysis = analyzer.analyze(conversions(INCREASE, 0.05, 20000, 2000, 20000, 2100, 20000, 2000));
        assertEquals(0.975, analysis.confidenceLevel(), 1e-15);
        VariantAnalysis c = analysis.variants().get(1);
        assertPValue(0.0992486385591891, c.pValue());
        assertInterval(-0.00179804921029283, 0.0117980492102928, c);
        assertEquals(3, analysis.variants().size());
        assertTrue(analysis.variants().get(0).control());
    }

    @Test
    public void hugeSamplesDoNotOverflow() {
        // R: prop.test(x=c(100050000,100000000), n=c(1000000000,1000000000), correct=FALSE, conf.level=0.95):
        //    p=0.000194260303025563 ci=[2.37014023857847e-05, 7.62985976142043e-05]
        VariantAnalysis f = first(conversions(INCREASE, 0.05, 1_000_000_000L, 100_000_000L, 1_000_000_000L, 100_050_000L));
        assertPValue(0.000194260303025563, f.pValue());
        assertEquals(2.37014023857847e-05, f.ciLow(), 1e-12);
        assertEquals(7.62985976142043e-05, f.ciHigh(), 1e-12);
        assertTrue(f.significant());
        assertTrue(f.probabilityToBeatControl() > 0.99);
    }

    @Test
    public void zeroConversionsInTheControl() {
        // R: prop.test(x=c(9,0), n=c(200,200), correct=FALSE, conf.level=0.95): p=0.00241070237507562 ci=[0.0162696421168018, 0.0737303578831982]
        VariantAnalysis g = first(conversions(INCREASE, 0.05, 200, 0, 200, 9));
        assertPValue(0.00241070237507562, g.pValue());
        assertInterval(0.0162696421168018, 0.0737303578831982, g);
        assertNull(g.relativeLift());
        assertNull(g.relCiLow());
        assertTrue(g.nullReason(), g.nullReason().contains("control rate is 0"));
        assertTrue(g.significant());
    }

    @Test
    public void everyUserConvertedInTheControl() {
        // R: prop.test(x=c(190,200), n=c(200,200), correct=FALSE, conf.level=0.95): p=0.00136210467158421 ci=[-0.080205073579034, -0.0197949264209661]
        VariantAnalysis h = first(conversions(DECREASE, 0.05, 200, 200, 200, 190));
        assertPValue(0.00136210467158421, h.pValue());
        assertInterval(-0.080205073579034, -0.0197949264209661, h);
        // R: msm::deltamethod(~ log(x2/x1), mean=c(200/200, 190/200), ...) = 0.0162221421130763 -> [-0.0797299401334604, -0.019309614255099]
        assertRelativeInterval(-0.0797299401334604, -0.019309614255099, h);
        assertClose(-0.05, h.relativeLift());
    }

    @Test
    public void meansAgreeWithRWelchTTest() {
        // R: t.test(treatment n=520 mean=10.6 sd=4.3, control n=500 mean=10 sd=4, var.equal=FALSE, conf.level=0.95):
        //    p=0.0211759447553141 df=1016.891159 ci=[0.0899617879867231, 1.11003821201328]
        VariantAnalysis m1 = first(means(INCREASE, 0.05, VariantResult.continuous("c", 500, 10, 4), VariantResult.continuous("t", 520, 10.6, 4.3)));
        assertPValue(0.0211759447553141, m1.pValue());
        assertInterval(0.0899617879867231, 1.11003821201328, m1);
        assertClose(0.6, m1.absoluteLift());
        assertClose(0.06, m1.relativeLift());
        // R: msm::deltamethod(~log(x2/x1), mean=c(10, 10.6), cov=diag(c(4^2/500, 4.3^2/520))) = 0.0252282023872031,
        //    exp(log(10.6/10) -/+ qt(0.975, df=1016.891159)*se) - 1 = [0.0088021300166552, 0.113796220852002]
        assertRelativeInterval(0.0088021300166552, 0.113796220852002, m1);
        assertTrue(m1.significant());
        // small samples. R: t.test(treatment n=25 mean=6.1 sd=3.5, control n=30 mean=5 sd=2, var.equal=FALSE, conf.level=0.95):
        //    p=0.171946346372651 df=36.59577693 ci=[-0.500305223394101, 2.7003052233941]
        VariantAnalysis m2 = first(means(INCREASE, 0.05, VariantResult.continuous("c", 30, 5.0, 2), VariantResult.continuous("t", 25, 6.1, 3.5)));
        assertPValue(0.171946346372651, m2.pValue());
        assertInterval(-0.500305223394101, 2.7003052233941, m2);
        assertFalse(m2.significant());
        // tiny p. R: t.test(treatment n=10000 mean=51.5 sd=10, control n=10000 mean=50 sd=10, var.equal=FALSE, conf.level=0.95):
        //    p=3.25980126345585e-26 df=19998 ci=[1.22280245796356, 1.77719754203644]
        VariantAnalysis m4 = first(means(INCREASE, 0.05, VariantResult.continuous("c", 10000, 50, 10), VariantResult.continuous("t", 10000, 51.5, 10)));
        assertPValue(3.25980126345585e-26, m4.pValue());
        assertInterval(1.22280245796356, 1.77719754203644, m4);
        // negative means, lower is better. R: t.test(treatment n=300 mean=-21 sd=12, control n=400 mean=-20 sd=8, var.equal=FALSE, conf.level=0.95):
        //    p=0.211895360303448 df=490.6982005 ci=[-2.57184816759434, 0.571848167594341]
        VariantAnalysis m5 = first(means(DECREASE, 0.05, VariantResult.continuous("c", 400, -20, 8), VariantResult.continuous("t", 300, -21, 12)));
        assertPValue(0.211895360303448, m5.pValue());
        assertInterval(-2.57184816759434, 0.571848167594341, m5);
        assertClose(-0.05, m5.relativeLift()); // −1 / |−20|
        // negative means: the linear delta method. R: msm::deltamethod(~(x2 - x1)/(-x1), mean=c(-20, -21), cov=diag(c(8^2/400, 12^2/300)))
        //    = 0.0405092582010582, r -/+ qt(0.975, df=490.6982005)*se = [-0.12959300409243, 0.0295930040924299]
        assertRelativeInterval(-0.12959300409243, 0.0295930040924299, m5);
    }

    @Test
    public void threeArmsOfMeans() {
        // R: t.test(treatment n=2000 mean=102 sd=31, control n=2000 mean=100 sd=30, var.equal=FALSE, conf.level=0.975):
        //    p=0.0382040472621391 df=3993.70915 ci=[-0.16292708834043, 4.16292708834043]
        VariantAnalysis m3 = first(means(INCREASE, 0.05, VariantResult.continuous("c", 2000, 100, 30), VariantResult.continuous("t", 2000, 102, 31),
                VariantResult.continuous("u", 2000, 100, 30)));
        assertPValue(0.0382040472621391, m3.pValue());
        assertInterval(-0.16292708834043, 4.16292708834043, m3);
        assertFalse("p = 0.038 is above alpha/2 = 0.025", m3.significant());
    }

    @Test
    public void srmAgreesWithRChisqTest() {
        SrmCheck srm = new SrmCheck();
        // R: chisq.test(x=c(5000,5200), p=c(0.5,0.5)): X2=3.92156862745098 p=0.0476703806561615
        assertSrm(3.92156862745098, 0.0476703806561615, false, srm.check(arms(5000, 5200), allocation(50, 50)));
        // R: chisq.test(x=c(3300,3350,3500), p=c(0.33,0.33,0.34)): X2=1.42734209671328 p=0.489842656632792
        assertSrm(1.42734209671328, 0.489842656632792, false, srm.check(arms(3300, 3350, 3500), allocation(33, 33, 34)));
        // R: chisq.test(x=c(2100,7900), p=c(0.2,0.8)): X2=6.25 p=0.0124193306515523
        assertSrm(6.25, 0.0124193306515523, false, srm.check(arms(2100, 7900), allocation(20, 80)));
        // R: chisq.test(x=c(50000,52000), p=c(0.5,0.5)): X2=39.2156862745098 p=3.79479188314495e-10
        assertSrm(39.2156862745098, 3.79479188314495e-10, true, srm.check(arms(50000, 52000), allocation(50, 50)));
        // huge. R: chisq.test(x=c(500000000,500100000), p=c(0.5,0.5)): X2=9.99900009999 p=0.00156625244342453
        assertSrm(9.99900009999, 0.00156625244342453, false, srm.check(arms(500_000_000L, 500_100_000L), allocation(50, 50)));
    }

    @Test
    public void srmIsSkippedWithAReasonWhenAnExpectedCountIsBelowFive() {
        SrmResult result = new SrmCheck().check(arms(3, 5), allocation(50, 50));
        assertNull(result.pValue());
        assertFalse(result.detected());
        assertTrue(result.skippedReason(), result.skippedReason().contains("below 5"));
        // 90/10 of 40 users: 4 expected in the small arm
        assertTrue(new SrmCheck().check(arms(36, 4), allocation(90, 10)).skippedReason().contains("below 5"));
        assertTrue(new SrmCheck().check(arms(36, 4), null).skippedReason().contains("no planned allocation"));
    }

    private static void assertSrm(double chiSquare, double pValue, boolean detected, SrmResult result) {
        assertClose(chiSquare, result.chiSquare());
        assertPValue(pValue, result.pValue());
        assertEquals(detected, result.detected());
        assertNull(result.skippedReason());
    }

    static List<VariantResult> arms(long... users) {
        List<VariantResult> arms = new java.util.ArrayList<>();
        for (int i = 0; i < users.length; i++) {
            arms.add(VariantResult.conversion("arm" + i, users[i], 0));
        }
        return arms;
    }

    static Map<String, Integer> allocation(int... percents) {
        Map<String, Integer> allocation = new LinkedHashMap<>();
        for (int i = 0; i < percents.length; i++) {
            allocation.put("arm" + i, percents[i]);
        }
        return allocation;
    }
}
