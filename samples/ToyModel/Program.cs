using System;
using ToyModelSample;

double l = ToyModel.LossGradient(0.5, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
    out double dB0, out double dW0, out double dB1, out double dW1, out double dB2, out double dW2, out double dB3, out double dW3);
Console.WriteLine($"{l} {dB0} {dW0} {dB1} {dW1} {dB2} {dW2} {dB3} {dW3}");
