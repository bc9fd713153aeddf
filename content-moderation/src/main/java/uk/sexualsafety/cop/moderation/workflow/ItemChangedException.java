package uk.sexualsafety.cop.moderation.workflow;

/** Someone else acted on the item since this person opened it; they must look again before acting. */
public class ItemChangedException extends RuntimeException {

    public ItemChangedException() {
        super("This item changed while you had it open: someone else acted on it. Reload it to see what changed "
                + "before you act.");
    }
}
