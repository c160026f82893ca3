namespace AutoDiffGen.Functional.Tests.Rules;

// Shapes of generated XGradient members, so rule tests can be table-driven over method groups.
internal delegate double Gradient1(double x, out double dX);

internal delegate double Gradient2(double x, double y, out double dX, out double dY);

internal delegate double Gradient3(double x, double y, double z, out double dX, out double dY, out double dZ);

internal delegate float Gradient1F(float x, out float dX);

internal delegate float Gradient2F(float x, float y, out float dX, out float dY);
