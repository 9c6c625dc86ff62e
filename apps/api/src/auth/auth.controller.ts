import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access';
import { clientIp } from '../common/client-ip';
import { CurrentUser } from '../common/current-user.decorator';
import { destroySession, SESSION_COOKIE, startUserSession } from '../common/sessions';
import type { User } from '../users/user.entity';
import { AuthService, toMe } from './auth.service';
import { EmailConfirmationService } from './email-confirmation.service';
import {
  ConfirmEmailDto,
  LoginDto,
  MeDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  SignupDto,
  UpdateMeDto,
} from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly confirmations: EmailConfirmationService,
  ) {}

  @Post('signup')
  @Public()
  @ApiCreatedResponse({ type: MeDto, description: 'The new holder, logged in.' })
  async signup(@Body() body: SignupDto, @Req() request: Request): Promise<MeDto> {
    const user = await this.auth.signup(body, clientIp(request));
    await startUserSession(request, user.id);
    return toMe(user);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() request: Request): Promise<MeDto> {
    const user = await this.auth.login(body.email, body.password, clientIp(request));
    await startUserSession(request, user.id);
    return toMe(user);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.session) await destroySession(request);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: User): MeDto {
    return toMe(user);
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  async updateMe(@CurrentUser() user: User, @Body() body: UpdateMeDto): Promise<MeDto> {
    return toMe(await this.auth.updateLocale(user, body.locale));
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always the same answer, whether or not the account exists.' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<void> {
    await this.auth.requestPasswordReset(body.email, clientIp(request));
  }

  /** The link mailed at signup: confirms the account's email, once. */
  @Post('confirm-email')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async confirmEmail(@Body() body: ConfirmEmailDto): Promise<void> {
    await this.confirmations.confirm(body.token);
  }

  /** A new confirmation link for the caller (nothing when already confirmed); rate-limited. */
  @Post('confirm-email/resend')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse()
  async resendConfirmation(@CurrentUser() user: User): Promise<void> {
    await this.confirmations.resend(user);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.auth.confirmPasswordReset(body.token, body.password);
  }
}
