package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;

import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.MetricType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@link DesignInput} against every rule of an experiment design and reports all problems at once, each on
 * its field ({@code variants[1].allocation}, {@code primaryMetric.type}, ...). Missing alpha, power and MDE take their
 * defaults (0.05, 0.8, 0.10).
 */
public final class DesignValidator {
    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 100;
    static final int MAX_VARIANTS = 10;
    static final int MAX_GUARDRAILS = 20;

    private DesignValidator() {
    }

    public static ExperimentDesign validate(DesignInput in) {
        if (in == null) {
            throw ValidationException.of("body", "a design is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Hypothesis hypothesis = hypothesis(in.hypothesis(), errors);
        Metric metric = metric(in.primaryMetric(), errors);
        List<Guardrail> guardrails = guardrails(in.guardrails(), errors);
        List<Variant> variants = variants(in.variants(), errors);
        double alpha = fraction(in.alpha(), ExperimentDesign.DEFAULT_ALPHA, "alpha", errors);
        double power = fraction(in.power(), ExperimentDesign.DEFAULT_POWER, "power", errors);
        double mde = in.mde() == null ? ExperimentDesign.DEFAULT_MDE : in.mde();
        if (in.mde() != null && !(mde > 0) || Double.isInfinite(mde)) {
            errors.add(FieldError.of("mde", "must be greater than 0 (a relative effect: 0.10 = 10 %)"));
        }
        Double rate = null;
        Double mean = null;
        Double sd = null;
        if (metric != null && metric.type() == MetricType.CONVERSION) {
            rate = in.baselineRate();
            if (rate == null) {
                errors.add(FieldError.of("baselineRate", "is required for a conversion metric"));
            } else if (!(rate > 0 && rate < 1)) {
                errors.add(FieldError.of("baselineRate", "must be between 0 and 1 (exclusive)"));
            } else if (mde > 0) {
                double treated = metric.direction() == Direction.DECREASE ? rate * (1 - mde) : rate * (1 + mde);
                if (!(treated > 0 && treated < 1)) {
                    errors.add(FieldError.of("mde", "with a baseline rate of " + rate + " the rate to detect would be " + treated
                            + ", outside (0,1)"));
                }
            }
        } else if (metric != null && metric.type() == MetricType.CONTINUOUS) {
            mean = in.baselineMean();
            sd = in.baselineSd();
            if (mean == null) {
                errors.add(FieldError.of("baselineMean", "is required for a continuous metric"));
            } else if (mean == 0 || !Double.isFinite(mean)) {
                errors.add(FieldError.of("baselineMean", "must be a non-zero number (the MDE is relative to it)"));
            }
            if (sd == null) {
                errors.add(FieldError.of("baselineSd", "is required for a continuous metric"));
            } else if (!(sd > 0) || !Double.isFinite(sd)) {
                errors.add(FieldError.of("baselineSd", "must be greater than 0"));
            }
        }
        int dailyUsers = 0;
        if (in.dailyUsers() == null) {
            errors.add(FieldError.of("dailyUsers", "is required: expected eligible users per day (all variants together)"));
        } else {
            double d = in.dailyUsers();
            if (!(d >= 1) || d != Math.rint(d) || d > Integer.MAX_VALUE) {
                errors.add(FieldError.of("dailyUsers", "must be a whole number of at least 1"));
            } else {
                dailyUsers = (int) d;
            }
        }
        LocalDate start = date(in.plannedStart(), "plannedStart", errors);
        LocalDate end = date(in.plannedEnd(), "plannedEnd", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of("plannedEnd", "must not be before plannedStart"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ExperimentDesign(hypothesis, metric, guardrails, variants, alpha, power, mde, rate, mean, sd, dailyUsers, start, end);
    }

    private static Hypothesis hypothesis(DesignInput.HypothesisInput h, List<FieldError> errors) {
        if (h == null) {
            errors.add(FieldError.of("hypothesis", "is required: weBelieve, willResultIn and measuredBy"));
            return null;
        }
        String a = text(h.weBelieve(), "hypothesis.weBelieve", MAX_TEXT, errors);
        String b = text(h.willResultIn(), "hypothesis.willResultIn", MAX_TEXT, errors);
        String c = text(h.measuredBy(), "hypothesis.measuredBy", MAX_TEXT, errors);
        return new Hypothesis(a, b, c);
    }

    private static Metric metric(DesignInput.MetricInput m, List<FieldError> errors) {
        if (m == null) {
            errors.add(FieldError.of("primaryMetric", "is required"));
            return null;
        }
        String name = text(m.name(), "primaryMetric.name", MAX_NAME, errors);
        MetricType type = metricType(m.type(), "primaryMetric.type", errors);
        Direction direction = direction(m.direction(), "primaryMetric.direction", errors);
        return type == null || direction == null ? null : new Metric(name, type, direction);
    }

    private static List<Guardrail> guardrails(List<DesignInput.GuardrailInput> in, List<FieldError> errors) {
        List<Guardrail> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        if (in.size() > MAX_GUARDRAILS) {
            errors.add(FieldError.of("guardrails", "at most " + MAX_GUARDRAILS + " guardrails"));
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "guardrails[" + i + "]";
            DesignInput.GuardrailInput g = in.get(i);
            if (g == null) {
                errors.add(FieldError.of(f, "is empty"));
                continue;
            }
            String name = text(g.name(), f + ".name", MAX_NAME, errors);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(f + ".name", "another guardrail is called " + name));
            }
            MetricType type = metricType(g.type(), f + ".type", errors);
            Direction direction = direction(g.direction(), f + ".direction", errors);
            Double margin = g.margin();
            if (margin == null) {
                errors.add(FieldError.of(f + ".margin", "is required (relative, e.g. 0.02 = 2 % worse at most)"));
            } else if (!(margin > 0 && margin < 1)) {
                errors.add(FieldError.of(f + ".margin", "must be between 0 and 1 (exclusive), relative to the control"));
            }
            if (name != null && type != null && direction != null && margin != null) {
                out.add(new Guardrail(name, type, direction, margin));
            }
        }
        return out;
    }

    private static List<Variant> variants(List<DesignInput.VariantInput> in, List<FieldError> errors) {
        List<Variant> out = new ArrayList<>();
        if (in == null || in.size() < 2) {
            errors.add(FieldError.of("variants", "needs at least 2 variants: a control and a treatment"));
            if (in == null) {
                return out;
            }
        }
        if (in.size() > MAX_VARIANTS) {
            errors.add(FieldError.of("variants", "at most " + MAX_VARIANTS + " variants"));
            return out;
        }
        Set<String> names = new HashSet<>();
        long sum = 0;
        int controls = 0;
        boolean allocationsValid = true;
        for (int i = 0; i < in.size(); i++) {
            String f = "variants[" + i + "]";
            DesignInput.VariantInput v = in.get(i);
            if (v == null) {
                errors.add(FieldError.of(f, "is empty"));
                allocationsValid = false;
                continue;
            }
            String name = text(v.name(), f + ".name", MAX_NAME, errors);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(f + ".name", "another variant is called " + name));
            }
            Double a = v.allocation();
            int allocation = 0;
            if (a == null) {
                errors.add(FieldError.of(f + ".allocation", "is required (a whole percent)"));
                allocationsValid = false;
            } else if (a != Math.rint(a) || a < 1 || a > 99) {
                errors.add(FieldError.of(f + ".allocation", "must be a whole percent from 1 to 99"));
                allocationsValid = false;
            } else {
                allocation = a.intValue();
                sum += allocation;
            }
            boolean control = Boolean.TRUE.equals(v.control());
            if (control) {
                controls++;
            }
            if (name != null) {
                out.add(new Variant(name, allocation, control));
            }
        }
        if (allocationsValid && sum != 100) {
            errors.add(FieldError.of("variants", "allocations must sum to 100 (they sum to " + sum + ")"));
        }
        if (controls != 1) {
            errors.add(FieldError.of("variants", "exactly one variant must be the control (" + controls + " are)"));
        }
        return out;
    }

    private static double fraction(Double value, double fallback, String field, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (!(value > 0 && value < 1)) {
            errors.add(FieldError.of(field, "must be between 0 and 1 (exclusive)"));
        }
        return value;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "is required"));
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            errors.add(FieldError.of(field, "is longer than " + max + " characters"));
        }
        return trimmed;
    }

    private static MetricType metricType(String value, String field, List<FieldError> errors) {
        try {
            return MetricType.valueOf(value);
        } catch (RuntimeException e) {
            errors.add(FieldError.of(field, "must be CONVERSION or CONTINUOUS"));
            return null;
        }
    }

    private static Direction direction(String value, String field, List<FieldError> errors) {
        try {
            return Direction.valueOf(value);
        } catch (RuntimeException e) {
            errors.add(FieldError.of(field, "must be INCREASE or DECREASE"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "must be a date like 2026-12-01"));
            return null;
        }
    }
}
