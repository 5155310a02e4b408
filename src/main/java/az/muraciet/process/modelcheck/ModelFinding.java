package az.muraciet.process.modelcheck;

/**
 * One thing to fix in a model: the file, the element (its id as the Modeler shows it under General → ID, or "-" for
 * the file as a whole), the rule it breaks and what to do about it.
 */
record ModelFinding(String file, String elementId, ModelRule rule, String message) {

    static final String WHOLE_FILE = "-";

    @Override
    public String toString() {
        return file + " › " + elementId + " [" + rule + "]: " + message;
    }
}
