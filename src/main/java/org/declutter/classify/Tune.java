package org.declutter.classify;
final class Tune { static double get(String k, double d) { String v = System.getProperty("t." + k); return v == null ? d : Double.parseDouble(v); } }
