package uk.sexualsafety.cop.portal.password;

/** A password someone chose, typed twice. Problems name these fields. */
public record NewPassword(String password, String passwordAgain) {

    public static final String PASSWORD = "password";
    public static final String PASSWORD_AGAIN = "passwordAgain";

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
