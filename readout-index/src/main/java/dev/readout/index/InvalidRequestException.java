package dev.readout.index;

/** A request parameter out of range or malformed; {@link #parameter()} names it. */
public final class InvalidRequestException extends IllegalArgumentException {

  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  /** The parameter at fault, as the caller named it ({@code limit}, {@code from}, ...). */
  public String parameter() {
    return parameter;
  }
}
