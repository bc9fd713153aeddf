package uk.sexualsafety.cop.portal.member;

/** An account that cannot be erased now, with the reason the administrator is shown. */
public class ErasureRefusedException extends RuntimeException {

    public ErasureRefusedException(String reason) {
        super(reason);
    }
}
