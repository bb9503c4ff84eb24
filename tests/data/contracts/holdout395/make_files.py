"""holdout395: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True) and their .json
labels, reads every built file back, and asserts text lengths, label arithmetic, the rule mix and that no threshold
figure appears in any text.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h395z01 红十字会 应急救护培训管理平台 (政府采购 公开招标, buyer's paper) — PDF, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z01 = """T:江州市红十字会应急救护培训管理平台建设项目合同
P:合同编号：JZHSH-ZFCG-2026-017　　政府采购项目编号：JZCG2026-0412（公开招标）
P:甲方（采购人）：江州市红十字会　　地址：江州市滨江区学府路18号
P:乙方（供应商）：南京启救信息科技有限公司　　地址：南京市江宁区秣陵街道天元中路9号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江州市红十字会应急救护培训管理平台建设项目公开招标的结果，甲乙双方在平等自愿的基础上，就平台的软件许可、设备供货、定制开发、部署实施及后续维护事宜订立本合同。招标文件、乙方投标文件及澄清承诺、中标通知书均为本合同的组成部分，与本合同条款不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设应急救护培训管理平台，覆盖全市十三个县区红十字会及约一千二百名持证培训师，实现培训计划发布、学员报名、课时签到、理论考试、技能考核、证书发放与查验的全流程线上管理。
P:1.2 乙方提供的设备包括智能心肺复苏考核模拟人及自动体外除颤器（AED）训练机，考核数据应自动上传至平台并与学员档案关联。
P:1.3 定制开发内容包括：学员报名小程序、救护员证书电子查验、与省红十字会救护培训信息系统的数据对接接口，以及面向市红十字会的培训统计分析看板。具体需求以招标文件第三章及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰壹拾陆万贰仟元整（¥1,162,000.00），为固定总价，包含软件许可、设备、定制开发、部署实施、培训、运输、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应急救护培训管理平台软件许可（培训管理、考试考核、证书模块，永久许可）|1套|386,000|386,000
TB:2|智能心肺复苏考核模拟人（含数据采集终端）|20台|13,800|276,000
TB:3|AED训练机|30台|2,600|78,000
TB:（一）|软硬件小计|||740,000
TB:4|定制开发（报名小程序、证书查验、省级系统接口、统计看板）|1项|312,000|312,000
TB:5|部署实施及历史数据迁移|1项|86,000|86,000
TB:6|培训（管理员及培训师）|1项|24,000|24,000
TB:合计||||1,162,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%，即¥232,400，作为预付款。
P:3.2 设备到货安装、平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即¥522,900。初验仅确认安装部署情况，不构成验收合格。
P:3.3 项目通过第五条约定的最终验收后15个工作日内，甲方支付合同总价的35%，即¥406,700。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方协商处理，甲方不因此承担违约责任。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成设备供货、平台部署和定制开发，并具备初验条件；于初验后60日内完成试运行并提请最终验收。
P:4.2 因甲方原因导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 最终验收由甲方组织，可邀请省红十字会及第三方测评机构参加，验收标准为：（1）需求规格说明书所列功能全部实现并逐项测试通过；（2）试运行期不少于30日，期间无一级故障；（3）抽取500人次模拟人考核记录，数据上传完整、成绩生成准确，单次成绩生成时间不超过10秒；（4）平台通过第三方安全测评，无高危漏洞；（5）源代码、数据字典、部署手册、操作手册等文档齐全。
P:5.2 验收合格的，双方签署最终验收报告；不合格的，乙方应在15日内整改并重新提请验收。平台上线使用、甲方支付款项或设备签收，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、设备维修及更换。
P:6.2 故障分级及响应：一级故障（平台整体无法访问或考核数据无法上传）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障应在2小时内响应，次一工作日内解决；三级故障在3个工作日内解决。
P:6.3 乙方未在6.2约定时限内响应或恢复的，每超时1小时向甲方支付违约金500元，可从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方可与乙方另行签订维护合同。维护费每个服务年度不超过软硬件小计的8%，即不超过¥59,200，前三个服务年度维护费单价不上调，服务内容及响应要求不低于6.2的约定。
H:第七条 数据安全
P:7.1 平台产生和存储的学员个人信息、培训记录、考核成绩、证书数据等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应按照网络安全等级保护第二级要求部署平台，落实身份鉴别、访问控制、传输与存储加密、日志审计和数据备份措施；远程运维须经甲方事先批准并通过甲方指定的堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后2小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚及补救费用。
H:第八条 保密
P:8.1 双方对履行本合同中知悉的对方未公开的工作信息、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发成果（包括源代码、接口程序、看板及全部技术文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。平台标准产品的知识产权仍归乙方，乙方授予甲方永久、免费的使用许可。
P:9.2 乙方保证所提供的软件及设备不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江州市红十字会　　　　乙方（盖章）：南京启救信息科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h395z02 锻造厂 中频加热锻压线控制系统改造, with post-warranty 维保 — DOCX, 一、/（一）, Word price table
# ---------------------------------------------------------------------------------------------------------------
Z02 = """T:中频加热锻压线控制系统改造合同
P:合同编号：JYDZ-SB-2026-063
P:甲方：淮州金岳锻造有限公司（以下简称"甲方"）
P:地址：淮州市经济开发区锻压路6号
P:乙方：常州德控自动化工程有限公司（以下简称"乙方"）
P:地址：常州市武进区常武中路88号
P:鉴于甲方二号锻压车间中频加热锻压线的控制系统已运行多年，备件停产、温控波动较大，甲方决定对其进行改造。乙方经甲方比选确定为承包方。双方经协商一致，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责拆除原继电器及老式PLC控制柜，新建PLC主站及远程IO，更换两台中频电源的数字控制板并加装功率监测，加装红外测温及自动分选装置，改造伺服送料控制单元，新建产线监控系统，实现加热、送料、锻压、分选的联锁控制和工艺参数追溯。
P:（二）改造后指标：棒料出炉温度控制偏差不超过±10℃，抽检500件棒料测温分选无错分，整线节拍不低于每分钟9件，工艺参数采集周期不大于1秒。
P:（三）乙方应提交电气设计图纸、PLC及HMI程序、配方数据库、操作及维护手册。
P:（四）改造期间，乙方应保留原控制柜内可利用的电缆和端子排并出具利旧清单；拆下的旧设备归甲方所有，由乙方清点后移交甲方设备库。
H:二、合同价款
P:（一）合同总价为人民币壹佰壹拾肆万伍仟元整（¥1,145,000），含设备、软件、设计、编程、安装调试、拆旧、培训、运输、保险及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（主站、远程IO、通讯模块）|1套|286,000|286,000
TB:2|中频电源数字控制板及功率监测单元|2套|94,000|188,000
TB:3|红外测温及自动分选装置|3套|36,500|109,500
TB:4|伺服送料控制单元|1套|132,000|132,000
TB:5|HMI触摸屏及工控机|4套|18,800|75,200
TB:6|产线监控软件许可（永久）|1套|96,000|96,000
TB:|软硬件小计|||886,700
TB:7|电气设计及程序开发|1项|148,000|148,000
TB:8|安装调试及拆旧|1项|92,300|92,300
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,145,000
P:（二）上述价格为固定价格，除甲方书面变更改造范围外不作调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%（¥114,500）作为预付款。
P:（二）设备到货、安装完毕并完成空载调试后，甲方支付合同总价的50%（¥572,500）。该笔付款不代表甲方对设备质量和系统性能的认可。
P:（三）系统经最终验收合格后，甲方支付合同总价的35%（¥400,750）。
P:（四）其余5%（¥57,250）作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
H:四、工期
P:（一）乙方应于合同生效后75日内完成供货，并利用甲方安排的停产检修窗口（不超过12日）完成拆旧、安装和带料调试。
P:（二）停产窗口由甲方提前15日书面通知乙方。因乙方原因延长停产的，按本合同第十条承担责任。
H:五、验收
P:（一）带料调试完成后进入30日试生产。试生产期满，甲方组织最终验收，验收标准为：第一条第（二）项所列全部指标实测达到；连续72小时带料运行无一级故障；联锁保护逐项试验动作正确；图纸、程序及手册移交齐全。
P:（二）验收不合格的，乙方应在10日内整改并重新验收。到货签收、安装完毕或甲方投入生产使用，均不视为最终验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因发生的故障，乙方免费维修或更换。
P:（二）一级故障（整线停机）：乙方接到甲方通知后30分钟内远程响应，8小时内到达现场；二级故障（单台设备停机但整线可降速运行）：2小时内响应，次日到场。
P:（三）乙方未按上述时限响应或到场的，每迟延1小时，甲方可从质量保证金或应付款中扣除800元。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方应甲方要求提供年度维保服务，包括每季度一次现场巡检、程序备份、备件更换指导及不低于第六条第（二）项标准的故障响应。
P:（二）年度维保费按软硬件小计的9%计取，即每个服务年度¥79,803，质保期满后三个服务年度内固定不变；备件费用另按乙方投标时的备件报价单结算。
P:（三）维保服务按服务年度逐年签订服务单，不自动续期。
H:八、生产数据与网络安全
P:（一）系统采集的工艺参数、生产记录、质量追溯数据归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:（二）乙方应保证控制网络与甲方办公网络隔离，交付前对全部工控机进行病毒查杀，禁止未经授权的移动存储介质接入；远程维护须经甲方设备部逐次审批，通过甲方提供的VPN账号进行，维护结束后立即关闭。
P:（三）因乙方原因导致数据泄露、丢失、被篡改或控制系统感染病毒的，乙方应在发现后24小时内通知甲方，负责恢复，并赔偿甲方由此造成的停产损失及其他损失。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、配方数据库、电气图纸及其源文件归甲方所有，甲方有权自行修改或委托他人修改。
P:（二）产线监控软件为乙方外购产品，乙方保证已取得合法授权，甲方享有永久使用权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方可将电缆桥架敷设、控制柜基础等辅助施工分包给具有相应资质的单位，但应在进场前书面告知甲方分包单位名称及作业人员名单。乙方对分包单位的工作质量和安全承担全部责任。
H:十二、合同解除
P:（一）乙方逾期超过30日，或交付的系统经两次整改仍不能通过验收，或有其他严重违约行为经书面催告后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:十三、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，执行动火、登高及停送电作业票制度，并为现场人员购买意外伤害保险。因乙方违章作业造成的人身伤害和财产损失由乙方负责。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交淮州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、停产窗口计划。
P:甲方（盖章）：淮州金岳锻造有限公司　　乙方（盖章）：常州德控自动化工程有限公司
P:代表签字：__________　　代表签字：__________
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h395z03 连锁舞蹈学校 (28 家) 排课及会员 SaaS + 实施 — TXT, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
Z03 = """舞蹈培训连锁机构排课及会员管理云服务合同

合同编号：FX-IT-2026-009

甲方：成都飞旋舞蹈艺术培训有限公司
住所：成都市锦江区东大街紫东楼段35号
乙方：广州课栈云科技有限公司
住所：广州市天河区黄埔大道西100号富力盈泰大厦A座17楼

甲方在成都、绵阳、德阳三地经营28家舞蹈培训校区，现使用的单机版排课软件无法跨校区共享会员和课时数据。乙方是"课栈"舞蹈及艺术培训SaaS平台的运营方。经双方友好协商，甲方订购乙方平台服务并委托乙方完成实施，订立本合同如下。

第一条 服务内容
（1）乙方向甲方28家校区及总部开通"课栈"平台服务，包括：排课与教室管理、教师课时统计、会员及课包管理、课消与签到、家长端小程序约课及缴费、营销活动工具、总部经营报表。
（2）乙方完成实施工作：28家校区约1.9万名会员、课包余额及历史签到记录的迁移核对；按甲方品牌定制家长端小程序界面并完成上架；配置课包规则、教师薪酬口径及总部报表；对校区店长、前台及教务人员进行培训。
（3）服务期内，乙方对平台标准功能的升级和新增功能免费向甲方开放，升级不得降低已有功能或改变甲方已配置的课包及薪酬规则；重大版本升级应提前15日通知甲方并提供测试环境。
（4）服务期为三个服务年度，自第四条约定的实施验收通过之日起算，每个服务年度自验收通过之日或其周年日起连续计算。

第二条 服务费用
（1）本合同费用如下（人民币）：
  校区服务费：28家 × 每家每个服务年度9,600元 = 268,800元/服务年度
  总部管理端服务费：36,000元/服务年度
  年度服务费合计：304,800元/服务年度，三个服务年度共计914,400元
  实施费（一次性）：128,000元
  合同总额：1,042,400元
（2）服务期内新增校区的，按每家每个服务年度9,600元按月折算另行结算，不计入上述合同总额。
（3）短信通知按实际发送量另行结算，单价每条0.045元，不计入合同总额。

第三条 付款
（1）实施费在实施验收通过后15个工作日内一次性支付。
（2）服务费按季度结算，每个服务季度结束后15个工作日内，甲方支付该季度服务费76,200元。
（3）甲方不向乙方支付任何预付款。乙方应在收款前开具增值税专用发票。

第四条 实施与验收
（1）乙方应在合同签订后45日内完成实施并提请验收。
（2）验收标准：①会员、课包余额及签到记录迁移后与甲方导出数据逐校区核对一致；②28家校区排课、签到、课消流程各抽测20笔无差错；③家长端小程序完成上架，微信支付及退款测试通过；④总部报表数据与抽样原始记录一致；⑤培训完成并提交操作手册。
（3）验收通过后双方签署验收确认单。校区开始使用平台或甲方支付服务费，均不视为实施验收通过。
（4）乙方逾期完成实施的，每逾期一日按合同总额的万分之八向甲方支付违约金。

第五条 服务水平
（1）平台月度可用率不低于99.95%，计划内维护应安排在每日0:00至6:00之间并提前48小时通知。
（2）一级故障（全部或多数校区无法排课、签到或缴费）：乙方30分钟内响应，2小时内恢复；二级故障（单个校区或单一功能不可用）：1小时内响应，8小时内恢复；三级问题在3个工作日内处理。
（3）月度可用率每低于承诺值0.1个百分点，减免当季服务费的5%；一级故障响应或恢复超时的，每次减免当季服务费的2%。减免额直接在下季度付款中扣除。
（4）乙方提供每日8:00至22:00的电话及企业微信在线客服，周末和节假日不间断；每个服务季度向甲方提交一次服务报告，内容包括可用率、故障记录、工单处理情况及改进措施。

第六条 数据
（1）甲方会员信息、课包及消费记录、教师信息等业务数据归甲方所有。
（2）乙方可以对上述数据进行去标识化及汇总处理，并将处理后的数据用于行业分析报告、平台功能改进和产品研发，该使用权在本合同终止后继续有效。
（3）乙方应将甲方数据存储于中国境内机房，平台通过网络安全等级保护第三级测评，对敏感字段加密存储，按最小权限原则管理运维账号并保存操作日志。
（4）发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方向会员承担的赔偿。
（5）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，之后删除平台内的甲方数据并出具书面确认。

第七条 甲方义务
（1）甲方应指定总部项目负责人及各校区联络人，在实施期间按乙方提供的模板整理并提交会员、课包及教师数据，并对数据的真实性负责。
（2）甲方应妥善保管各级账号和密码，及时停用离职员工账号。因甲方账号管理不善造成的损失由甲方承担。
（3）甲方在使用家长端小程序收取学费时，应遵守预付式消费及教育培训收费的有关规定，乙方提供必要的功能配合。

第八条 知识产权
（1）平台及其标准功能的知识产权归乙方。
（2）乙方为甲方定制的小程序界面、报表模板及数据迁移脚本的知识产权归甲方，甲方可自行使用、修改或交由第三方使用。

第九条 保密
双方对在合作中知悉的对方经营信息、价格信息及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在本合同终止后继续有效。

第十条 续期
（1）服务期届满前30日，任何一方未书面通知对方不续约的，本合同自动续期一个服务年度，续期次数不限。
（2）每次续期时，乙方有权按其届时价目表调整续期服务费，上调幅度不超过上一服务年度服务费的8%，乙方应在届满前45日通知甲方调整后的价格。

第十一条 责任限制
乙方在本合同项下的累计赔偿责任不超过合同总额的1.5倍，但因乙方故意、重大过失或数据泄露造成的损失不受此限。

第十二条 分包
乙方不得将实施工作分包给第三方，确需由第三方承担部分工作的，须事先取得甲方书面同意。

第十三条 解除
（1）乙方严重违约，或一个服务季度内累计发生三次以上一级故障，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的服务费。
（2）甲方逾期付款超过60日经催告仍不支付的，乙方有权暂停服务。
（3）合同因任何原因终止的，乙方应在终止后继续提供不少于30日的只读访问，协助甲方将会员、课包余额及签到记录迁移至新的系统，并确保各校区会员的剩余课时不受影响。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可提交成都仲裁委员会仲裁。

第十五条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：实施计划。

甲方：成都飞旋舞蹈艺术培训有限公司（盖章）        乙方：广州课栈云科技有限公司（盖章）
授权代表：              授权代表：
日期：2026年  月  日        日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h395z04 市中心血站 献血服务信息系统 年度运维 (政府采购 竞争性磋商) — TXT, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
Z04 = """临江市中心血站献血服务信息系统运维服务采购合同

项目名称：临江市中心血站献血服务信息系统2027年度运维服务
采购方式：竞争性磋商　　项目编号：LJCG-2026-CS-0871
采购人（甲方）：临江市中心血站
地址：临江市南湖区卫康路21号
供应商（乙方）：临江数衡信息技术有限公司
地址：临江市高新区创智大道166号3栋

甲方通过竞争性磋商方式采购献血服务信息系统年度运维服务，乙方为成交供应商。依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，双方根据磋商文件和乙方响应文件订立本合同。

1. 服务范围
1.1 运维对象：甲方血液管理信息系统、献血服务平台（含献血预约小程序、献血者积分及用血返还模块）、采血车移动采血终端、检验LIS接口、与省血液管理平台的数据上报接口，以及上述系统所在的服务器、存储、数据库和中间件。
1.2 服务内容：日常监控与故障处理、每月巡检与性能优化、数据库维护与备份检查、应用版本更新部署、移动采血终端现场保障、节假日及献血高峰期驻场保障、年度应急演练配合。
1.3 服务期：2027年1月1日至2027年12月31日，共一个服务年度。
1.4 服务交接：乙方应于2026年12月15日前进场，与原运维单位完成系统账号、配置文件、备份介质、未关闭工单及运维文档的交接，形成交接清单并经甲方确认。交接期间原运维单位仍负责故障处理，乙方派员跟班熟悉系统。

2. 服务人员
2.1 乙方派驻2名运维工程师在甲方现场工作，工作时间为甲方工作日8:00至18:00；其余时间安排二线工程师电话值守，遇一级故障须赶赴现场。
2.2 驻场人员须经甲方面试确认，乙方更换驻场人员应提前10个工作日书面通知甲方并经甲方同意。
2.3 驻场人员应遵守甲方的工作制度、院感防控要求及机房管理规定，进入血液检测、成分制备等区域须由甲方人员陪同。乙方应为驻场人员购买社会保险，其劳动关系及人身安全责任由乙方承担。
2.4 春节、国庆及"世界献血者日"等献血高峰期间，乙方应增派一名工程师驻场，不另行收费。

3. 合同金额
3.1 本合同金额为人民币伍拾壹万捌仟元整（¥518,000），为固定价格，明细如下：
  驻场运维服务（2人）　　　　　336,000元
  系统巡检与性能优化　　　　　 68,000元
  献血服务平台及小程序运维　　 54,000元
  备品备件（硬盘、电源、移动终端电池等）　41,500元
  应急演练及培训　　　　　　　 18,500元
  合计　　　　　　　　　　　　518,000元
3.2 合同金额已包含完成本合同服务所需的全部人工、交通、备件及税费，甲方不再另行支付其他费用。

4. 付款方式
4.1 服务费按季度支付，每季度129,500元。每季度结束后，乙方提交季度运维报告，经甲方考核确认后15个工作日内，甲方支付当季服务费。
4.2 本合同不设预付款。

5. 服务水平
5.1 血液管理信息系统及献血服务平台月度可用率不低于99.5%，计划停机须提前3个工作日经甲方同意，不计入不可用时间。
5.2 故障分级与时限：
  一级故障（血液管理系统或献血服务平台整体中断、采血数据无法上传）：15分钟内响应，1小时内到场，2小时内恢复；
  二级故障（单个模块或单台采血终端不可用）：30分钟内响应，8小时内恢复；
  三级故障（一般问题及咨询）：2个工作日内处理完毕。
5.3 服务扣款：月度可用率每低于5.1约定值0.1个百分点，扣减当季服务费的2%；一级故障每超时1小时扣款1,000元，二级故障每超时1小时扣款300元。扣款在当季服务费中直接扣除。
5.4 可用率以甲方监控平台记录为准，乙方对记录有异议的，应在收到季度考核结果后5个工作日内书面提出，双方共同核查系统日志确认。
5.5 乙方每月至少组织一次数据库备份恢复抽查，每半年配合甲方完成一次业务连续性切换演练，并在演练后5个工作日内提交演练报告。

6. 考核与验收
6.1 甲方按季度对乙方进行考核，考核内容为：可用率是否达标、工单按时关闭率不低于98%、巡检报告和备份检查记录是否完整、驻场人员出勤情况。
6.2 季度考核不合格的，乙方应在10个工作日内提交整改报告并完成整改，甲方可暂缓支付当季服务费至整改完成。
6.3 服务期满后15个工作日内，甲方组织年度验收，标准为：四个季度考核均合格、服务期内无因乙方原因造成的血液数据丢失、运维文档及配置清单移交完整。验收合格后双方签署验收报告。

7. 献血者信息及业务数据
7.1 献血者个人信息、血液检测结果、采供血业务数据及系统日志均归甲方所有。
7.2 乙方仅可为履行本合同目的接触和处理上述数据，不得用于其他任何目的。

8. 保密
8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、内部管理资料和其他未公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
8.2 本条义务在合同终止后继续有效。

9. 知识产权
9.1 乙方在服务期内为甲方编写的运维脚本、监控配置、运维手册及报告归甲方所有。
9.2 乙方保证其使用的工具软件不侵犯第三方合法权利，如引起纠纷，由乙方负责处理并承担费用。
9.3 服务期内乙方提交的月度巡检报告、季度运维报告和年度总结，应包含系统容量趋势分析和后续服务年度的改进建议。

10. 违约责任
10.1 乙方未能于2027年1月1日前完成与原运维单位的交接并开始提供服务的，每逾期一日按合同金额的千分之一向甲方支付违约金。
10.2 乙方连续两个季度考核不合格的，甲方有权解除合同。
10.3 乙方违反本合同其他约定的，应赔偿甲方因此遭受的损失。

11. 分包
11.1 本项目不允许分包，乙方不得转包或分包本合同项下的任何服务。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方可书面通知解除合同，并按实际服务期间结算服务费。
12.2 合同解除或服务期满时，乙方应配合甲方完成向新服务单位的交接，交接期不少于15日，期间不另行收费。

13. 续约
13.1 本合同服务期满即终止，不自动续期。甲方后续采购按政府采购有关规定另行组织。

14. 适用法律及争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同引起的争议，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。

15. 其他
15.1 磋商文件、乙方响应文件、成交通知书为本合同组成部分。
15.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：临江市中心血站　　　　乙方（盖章）：临江数衡信息技术有限公司
法定代表人或授权代表：　　　　　　法定代表人或授权代表：
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h395z05 卤味厂 QMS licence + custom development, supplier's own template (many problems) — MD, "## 第X条" + 1.1
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 质衡QMS质量管理系统软件许可及实施合同

> 深圳质衡软件有限公司标准合同文本 V4.0（ZH-QMS-STD-2026）

合同编号：ZH-2026-HN-0318

**甲方（用户）**：湖南香岭食品有限公司
地址：湖南省湘潭市雨湖区鹤岭镇食品工业园8号

**乙方（许可方）**：深圳质衡软件有限公司
地址：深圳市南山区粤海街道科技南十二路2号

甲方为卤制肉制品及豆制品生产企业，拟建设覆盖原料验收、生产过程、成品检验及追溯召回的质量管理系统。乙方是"质衡QMS"软件的著作权人。双方经协商，就软件许可、定制开发及实施事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡QMS质量管理系统（食品版）永久使用许可，授权用户数50个，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，包括：HACCP关键控制点（卤煮温度与时间、冷却、金属检测）在线监控模块；供应商及原辅料来料检验模块；批次追溯与召回演练模块；与甲方现有ERP及称重系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训分管理员培训和最终用户培训两类，合计不超过6人日，超出部分按乙方人天单价另行收费。

1.4 系统运行所需的服务器、数据库、操作系统、网络环境及第三方软件由甲方自行采购并保证其满足乙方提出的配置要求。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS软件永久许可（食品版，50用户） | 860,000 |
| 2 | 定制开发（HACCP监控、来料检验、批次追溯与召回、ERP及称重接口） | 260,000 |
| 3 | 实施部署及培训 | 80,000 |
| | 合同总价 | 1,200,000 |

2.1 上述价格含增值税。甲方自备服务器、数据库及操作系统。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即660,000元。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的35%，即420,000元。

3.3 系统上线运行后5个工作日内，甲方支付合同总价的10%，即120,000元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停后续工作。

## 第四条 交付

4.1 乙方应在收到首笔款项后90日内完成定制开发和部署。因甲方需求变更、配合不及时或基础数据提供延迟造成的延误，交付期相应顺延。

4.3 乙方交付物包括：安装程序、系统管理员手册、用户操作手册及培训课件。定制开发模块以可执行程序形式交付。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，可在上线后提出，乙方在后续版本中酌情优化，但不影响验收结论及付款。

## 第六条 知识产权

6.1 质衡QMS软件及其文档的著作权归乙方所有。

6.2 乙方为本合同进行的定制开发所形成的全部成果，包括程序、源代码、接口、报表及文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

6.3 乙方不向甲方交付源代码。

## 第七条 数据

7.1 甲方在系统中录入和产生的质量检验数据、生产记录、供应商信息归甲方所有。

7.2 乙方有权对甲方数据进行脱敏处理后，用于质衡QMS产品的改进、行业质量基准分析及其他客户的咨询服务。

7.3 乙方远程支持时应采取加密传输、账号权限控制和操作留痕等措施，保障甲方数据安全；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并按其过错承担相应赔偿责任。

7.4 甲方负责系统数据的日常备份，乙方可应甲方要求提供备份方案建议。

## 第八条 保密

8.1 双方对在履行本合同过程中获知的对方商业秘密承担保密义务，保密期限为合同终止后三个自然年。

## 第九条 售后服务

9.1 乙方自系统上线之日起提供六个月免费维护服务，包括缺陷修复和远程技术支持。

9.2 故障响应：一级故障（系统无法登录或追溯功能中断）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在乙方版本计划中处理。

9.3 乙方服务时间为工作日9:00至18:00，非服务时间的故障顺延至下一工作日处理。现场服务须经乙方评估确认确有必要，差旅费用由甲方承担。

9.4 乙方将尽力在合理时间内恢复系统，但不因响应时间或恢复时间未达到上述要求承担任何扣款、赔偿或违约金。

## 第十条 维保服务

10.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的24%，即每个服务年度206,400元，于每个服务年度开始前支付。

10.2 甲方未购买维保服务的，乙方不再提供缺陷修复、升级及技术支持，甲方日后恢复维保的，须补缴中断期间的维保费。

10.3 维保服务内容包括：缺陷修复、产品版本升级、远程技术支持及每个服务年度一次的系统健康检查。定制开发模块的修改、新增报表及接口调整不属于维保范围，另行报价。

## 第十一条 甲方义务

11.1 甲方应指定项目联系人，在乙方要求的时间内提供业务需求、检验标准、供应商名录及历史数据，并对所提供资料的准确性负责。

11.2 因甲方服务器、网络或第三方软件故障导致系统不能正常运行的，不属于乙方责任，乙方提供协助的，按人天单价另行收费。

## 第十二条 责任限制

12.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

12.2 乙方不承担甲方的间接损失、利润损失、产品召回费用及数据丢失损失。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经守约方书面通知后30日内未纠正的，守约方有权解除合同。

13.2 因甲方原因解除合同的，已付款项不予退还。

13.3 因地震、火灾、政府行为、网络攻击等不可抗力导致合同不能履行的，双方互不承担责任。

## 第十四条 争议解决

14.1 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南香岭食品有限公司　　　　乙方（盖章）：深圳质衡软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h395e01 Dongyang wood-carving workshop, relief software, perpetual licences; vendor in Gujranwala — PDF, Article N
# ---------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DJW-SW-2026-04
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Dongyang Jinxiu Woodcarving Art Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 57 Muyi Road, Nanma Town, Dongyang, Zhejiang Province (the "Buyer"); and
P:(2) Chenab Relief Systems (Private) Limited, a company incorporated in Pakistan, with its registered office at 14-B Sialkot Road, Gujranwala, Punjab, Pakistan (the "Supplier").
P:Background: The Buyer designs and carves architectural and furniture reliefs in camphor and walnut wood and wishes to move its pattern work from manual tracing to digital relief modelling and CNC rough carving. The Supplier develops the ReliefStudio software used by carving workshops for relief modelling and toolpath generation. The Buyer selected the Supplier after a product demonstration on the Buyer's own patterns.
H:Article 1 Definitions
P:1.1 "Licensed Software" means ReliefStudio Pro and the ReliefStudio CAM module in the versions listed in Annex 1, including documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors for the Buyer's six CNC carving machines, the converter for the Buyer's scanned pattern library and the carving-job report templates developed by the Supplier for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
P:1.4 "Buyer Data" means the Buyer's patterns, scans, relief models, toolpaths, customer drawings and any other files created or processed with the Licensed Software.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of workstations stated in Article 3 at the Buyer's premises in Dongyang, for the Buyer's own business, including work carried out for the Buyer's customers.
P:2.2 The Supplier shall develop and deliver the Custom Deliverables, install and configure the Licensed Software, commission the post-processors on each CNC machine, and train the Buyer's designers and machine operators.
H:Article 3 Contract Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The Contract Price is fixed and is made up as follows:
TB:Item 1|ReliefStudio Pro perpetual licence|8 seats x CNY 46,500|CNY 372,000
TB:Item 2|ReliefStudio CAM module perpetual licence|4 seats x CNY 28,000|CNY 112,000
TB:Licence Subtotal|||CNY 484,000
TB:Item 3|Custom Deliverables (six post-processors, pattern converter, report templates)|lump sum|CNY 138,000
TB:Item 4|Installation, configuration and on-site commissioning|lump sum|CNY 46,000
TB:Item 5|Training of designers and operators|lump sum|CNY 22,000
TB:Contract Price|||CNY 690,000
P:3.2 The Contract Price includes all travel, accommodation and visa costs of the Supplier's staff and all taxes payable in Pakistan. The Buyer shall withhold any PRC taxes required by law and provide the tax certificates.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 138,000) as an advance within fifteen working days after signature and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 310,500) within fifteen working days after the Supplier has installed the Licensed Software on all workstations and commissioned all six post-processors, as recorded in an installation certificate. The installation certificate does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 241,500) within fifteen working days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer to the Supplier's account named in Annex 3.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation and commissioning within 70 days after signature and shall make the system ready for acceptance tests within 100 days after signature.
P:5.2 The acceptance tests shall show that: (a) every function listed in Annex 1 works on every workstation; (b) each post-processor produces toolpaths that run on its machine without manual editing on ten test reliefs chosen by the Buyer; (c) the roughing toolpaths leave a finishing allowance within the tolerance set out in Annex 2; (d) the converter imports the whole scanned pattern library and the Buyer's sample check of 200 patterns finds no loss of detail; and (e) the source code and documentation of the Custom Deliverables have been handed over.
P:5.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within five working days. If any test fails, the Supplier shall correct the defect within fifteen days and the test shall be repeated. Installation, productive use of the software or any payment does not by itself mean Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Licensed Software and the Custom Deliverables will perform in accordance with Annex 1 for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and supply all updates and new versions free of charge.
P:6.2 Faults are classified as follows. Severity 1: the software cannot be started, or a post-processor produces toolpaths that damage a workpiece or a machine. Severity 2: a function is unavailable but work can continue. Severity 3: any other fault or question. The Supplier shall respond to a Severity 1 fault within two hours at any time, by remote session or telephone, and shall provide a fix or workaround within one working day; Severity 2 faults shall be answered within one working day and fixed within five working days.
P:6.3 For each full hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support covering the same services. The annual support fee is 10% of the Licence Subtotal, that is CNY 48,400 per support year, and shall not be increased for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:7.2 Remote support sessions shall be opened only at the Buyer's request, through the remote-access tool designated by the Buyer, and shall be recorded. The Supplier shall not transfer Buyer Data outside the Buyer's premises, shall use encrypted connections and named accounts, and shall keep its own systems free of malicious code.
P:7.3 The Supplier shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data and shall cooperate in remedying it. The Supplier is liable for all loss suffered by the Buyer as a result of a security incident caused by the Supplier or its staff.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including their source code, belong to the Buyer from the date of payment under Article 4.3. The Buyer may use, modify and license them to third parties without restriction.
P:8.2 The Supplier retains all rights in the Licensed Software. The Supplier warrants that the Licensed Software does not infringe the rights of any third party and shall indemnify the Buyer against any claim alleging such infringement.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's designs, customer names and prices, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to make the system ready for acceptance tests by the date in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate this Agreement under Article 12.
P:10.2 Except for liability for personal injury, wilful misconduct, breach of Article 7 or Article 9 and infringement under Article 8.2, the total liability of the Supplier under this Agreement shall not exceed 150% of the Contract Price.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or in the case described in Article 10.1. The Supplier shall then refund the amounts paid for the parts of the work not accepted.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration administered by the Singapore International Arbitration Centre, seated in Singapore, before a sole arbitrator, in English.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:14.2 Annex 1: Licensed Software, versions and functions. Annex 2: Acceptance tolerances. Annex 3: Bank details.
P:Signed for the Buyer: ____________________ Name and title: ____________________ Date: ________
P:Signed for the Supplier: ____________________ Name and title: ____________________ Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# h395e02 Wuyuan rapeseed-field tour operator, ticketing SaaS; Order Form + General Terms; vendor in Kota Kinabalu — MD
# ---------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — GATEPASS CLOUD TICKETING

**Order Form No.** BGT-CN-2026-112  
**Provider:** Borneo Gateway Ticketing Sdn. Bhd. (Company No. 201801029944), Lot 7, Block C, Jalan Lintas, 88300 Kota Kinabalu, Sabah, Malaysia ("Provider")  
**Customer:** Wuyuan Jinhua Fields Tourism Development Co., Ltd., No. 3 Jiangling Avenue, Xiaoqi Town, Wuyuan County, Shangrao, Jiangxi Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

---

## PART A — ORDER FORM

### A1. Services ordered

A1.1 GatePass Cloud, Provider's online ticketing and visitor-management service, for Customer's rapeseed-flower scenic area at Jiangling, including: online sale of timed-entry tickets, sightseeing-bus and terrace-walk combination tickets; a WeChat mini-program booking front end in Customer's branding; QR-code validation at twelve turnstiles and six manual gates; real-time visitor counting with the capacity limits set by the county tourism bureau; group-tour booking for travel agencies; and daily settlement reports.

A1.2 Set-up services: configuration of products, prices and capacity rules; integration with Customer's WeChat Pay merchant account and with the county's visitor-flow reporting system; connection of the twelve turnstiles; import of Customer's travel-agency accounts; and training of ticket-office and gate staff.

### A2. Subscription Term

A2.1 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5, and the second starts on the first anniversary of that date.

A2.2 At the end of the Subscription Term the Agreement may be extended by a written order signed by both parties. Nothing in this Agreement renews it automatically.

### A3. Fees

At Customer's request, all fees are quoted, invoiced and paid in Chinese Renminbi (CNY).

| Item | Description | Basis | Amount (CNY) |
|---|---|---|---|
| 1 | GatePass Cloud subscription, one scenic area, 12 turnstiles and 6 manual gates, up to 1.5 million tickets per Subscription Year | per Subscription Year | 186,000 |
| 2 | Subscription for the Subscription Term | 2 Subscription Years | 372,000 |
| 3 | Set-up services (A1.2) | one-time | 54,000 |
| | **Total Contract Value** | | **426,000** |

Tickets above the annual volume in Item 1 are charged at CNY 0.08 per ticket, invoiced at the end of the Subscription Year; these usage charges are not part of the Total Contract Value. Payment-channel fees charged by WeChat Pay are borne by Customer directly.

### A4. Invoicing and payment

A4.1 The set-up fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.

A4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice. No amount is invoiced or payable before Go-Live Acceptance.

### A5. Go-Live and acceptance

A5.1 Provider shall make the service ready for Go-Live Acceptance tests by 20 February 2027, before the flowering season.

A5.2 The Go-Live Acceptance tests, run jointly on Customer's site, shall show that: (a) all products and prices in Customer's price list are on sale through the mini-program and the ticket office; (b) each of the twelve turnstiles validates valid QR codes and rejects used, expired and foreign codes in a test of 300 codes; (c) sales stop automatically when a time slot reaches its capacity limit; (d) WeChat Pay payments and refunds reconcile with the settlement report for a test day; and (e) visitor counts are received by the county reporting system.

A5.3 When the tests are passed, Customer shall sign a Go-Live Acceptance certificate. Selling tickets to the public before that certificate is signed does not mean the tests have been passed.

A5.4 If the service is not ready for the Go-Live Acceptance tests by the date in A5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, up to CNY 21,300 in total.

### A6. Service levels

A6.1 Monthly availability of the ticket-sale, validation and counting functions: at least 99.95%, excluding maintenance windows agreed in advance, which shall not fall between 07:00 and 20:00 during March and April.

A6.2 Priority 1 (tickets cannot be sold or validated at the gates): response within 30 minutes at any hour and restoration or a workaround within 2 hours. Priority 2 (a function is impaired but tickets can be sold and validated): response within 2 hours and resolution within 1 business day. Priority 3: resolution within 5 business days.

A6.3 Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls short of A6.1, Provider credits 3% of the monthly equivalent of the subscription fee; for each Priority 1 incident not restored within 2 hours, Provider credits CNY 1,000. Credits are deducted from the next invoice.

---

## PART B — GENERAL TERMS

### B1. Provision of the service

B1.1 Provider shall provide the service in accordance with the Agreement, with reasonable skill and care, and in compliance with the laws of the People's Republic of China that apply to online ticket sales and personal information.

B1.2 Customer shall supply its price list, capacity rules and the information needed for the integrations, and shall operate the turnstile hardware, which Customer owns.

B1.3 Provider shall provide support in Chinese by telephone and through a shared WeChat Work group, shall name a support manager for the flowering season, and shall give Customer at least 30 days' written notice of any change to the service that affects the mini-program, the turnstile integration or the county reporting interface.

### B2. Customer Data

B2.1 "Customer Data" means all data entered into or generated by the service for Customer, including visitor names, identity-document numbers, phone numbers, ticket and payment records and visitor counts. Customer Data belongs to Customer.

B2.2 Provider may process Customer Data only to provide the service to Customer and shall not use it, alone or combined with other data, in aggregated, anonymised or any other form, for any other purpose.

B2.3 Provider shall host Customer Data with a cloud provider in mainland China, in a system that holds a valid MLPS level-3 record; encrypt identity-document numbers and phone numbers at rest; restrict access to named staff with multi-factor authentication; log all administrative access; and keep daily backups for 30 days.

B2.4 Provider shall notify Customer within 24 hours after becoming aware of any personal-information breach affecting Customer Data, shall assist Customer in notifying the authorities and visitors, and shall bear the costs and losses resulting from a breach caused by Provider or its subcontractors.

B2.5 At the end of the Subscription Term Provider shall return Customer Data in CSV format within 15 days and then delete it.

### B3. Subcontractors

B3.1 Provider may engage subcontractors and hosting providers of its choice to perform any part of the service, including support and set-up work, provided that it informs Customer of each new subcontractor by e-mail. Provider remains responsible for its subcontractors.

### B4. Intellectual property

B4.1 Provider retains all rights in the GatePass Cloud platform.

B4.2 The mini-program pages in Customer's branding, Customer's product and price configuration and the reports designed for Customer are Customer's property; Customer may use and modify them and give them to another provider at the end of the Agreement.

### B5. Confidentiality

B5.1 Each party shall keep the other party's non-public business and technical information confidential, use it only for the Agreement and disclose it only to staff and advisers who need it. This obligation survives the end of the Agreement by three years.

### B6. Termination

B6.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it. Repeated failure to meet A6.2 for Priority 1 incidents in the flowering season is a material breach.

B6.2 On termination by Customer under B6.1, Provider shall refund the part of the subscription fee already paid that relates to the remainder of the Subscription Year.

### B7. Limitation of liability

B7.1 Neither party is liable for indirect or consequential loss or loss of profit, except in the case of wilful misconduct.

B7.2 Provider's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limitation does not apply to Provider's obligations under B2.4.

### B8. Force majeure

B8.1 Neither party is liable for failure caused by events beyond its reasonable control, including a closure of the scenic area ordered by the authorities. Subscription fees for any closure longer than 30 days shall be reduced pro rata.

### B9. Governing law and disputes

B9.1 The Agreement is governed by the laws of Malaysia.

B9.2 Disputes shall be finally resolved by arbitration under the rules of the Asian International Arbitration Centre, seated in Kuala Lumpur, in English.

### B10. General

B10.1 Notices shall be in writing and sent to the addresses above. The Agreement may be amended only in writing signed by both parties. Neither party may assign the Agreement without the other's written consent.

---

**Signed for Provider:** ____________________ Name: ____________________ Title: ____________________ Date: __________

**Signed for Customer:** ____________________ Name: ____________________ Title: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h395e03 Shandong apple orchard, hail-net sensors, buyer's paper; integrator in Matara — DOCX, Section N / N.N
# ---------------------------------------------------------------------------------------------------------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT — HAIL-NET MONITORING SYSTEM
P:Contract No. QXHF-EQ-2026-021
P:This Contract is made between Qixia Hongfu Apple Orchard Co., Ltd., of Guanli Village, Songshan Subdistrict, Qixia, Yantai, Shandong Province, People's Republic of China (the "Buyer"), and Southern Lanka Agri-Sensing (Pvt) Ltd, of 42 Anagarika Dharmapala Mawatha, Matara, Sri Lanka (the "Supplier").
P:The Buyer operates 210 hectares of apple orchards on the hills north of Qixia, of which 96 hectares are covered by anti-hail nets. In recent seasons nets were torn by storms or were not closed in time before hail. The Buyer invited proposals for a system that measures net tension and wind, detects hail, and closes the motorised nets automatically, and has accepted the Supplier's proposal of 12 June 2026. This Contract is drawn up on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the hail-net monitoring system described in the Technical Specification (Annex A), consisting of net tension and wind sensors, weather stations with hail detectors, LoRaWAN gateways, controllers for the net-deployment motors, and the OrchardGuard monitoring software licensed to the Buyer for perpetual use.
P:1.2 The Supplier shall also integrate the system with the Buyer's existing irrigation and frost-fan control platform so that weather alarms appear on one screen, and shall train the Buyer's orchard supervisors and electricians.
P:1.3 All equipment shall be new, rated for outdoor use at temperatures from minus 25 to plus 50 degrees Celsius, and suitable for the Chinese radio frequencies in Annex A.
H:Section 2 Contract Price
P:2.1 At the Buyer's request the Contract Price is expressed and paid in Chinese Renminbi (CNY). The Contract Price is CNY 780,000, fixed and including delivery to the orchard, customs clearance, duties, installation, insurance and all taxes, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Net tension and wind sensor|160|1,850|296,000
TB:2|Weather station with hail detector|4|26,500|106,000
TB:3|LoRaWAN gateway|6|7,800|46,800
TB:4|Net-deployment motor controller|24|5,400|129,600
TB:5|OrchardGuard monitoring software, perpetual licence|1|58,000|58,000
TB:|Hardware and Licence Subtotal|||636,400
TB:6|Installation, cabling and commissioning|1|88,600|88,600
TB:7|Integration with the irrigation and frost-fan platform|1|42,000|42,000
TB:8|Training|1|13,000|13,000
TB:|Contract Price|||780,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 78,000) as an advance within ten working days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 429,000) within fifteen working days after all equipment has been delivered and installed, as shown by an installation record signed by both parties. The installation record is not acceptance of the system.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 273,000) within fifteen working days after Final Acceptance under Section 5.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the orchard within 60 days after signature and shall complete installation and commissioning by 31 March 2027, before the blossom and the hail season.
P:4.2 If the Supplier fails to complete installation and commissioning by the date in Section 4.1, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. If the delay exceeds 30 days, the Buyer may terminate the Contract under Section 11.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) every sensor, weather station and controller reports to the software at its configured interval during the trial period; (b) a test hail signal closes all 24 net sections within the time stated in Annex A in three consecutive tests; (c) the tension readings of ten sensors chosen by the Buyer agree with a calibrated hand gauge within the tolerance in Annex A; (d) alarms are shown on the Buyer's irrigation platform; and (e) the as-built drawings, manuals and spare-parts list have been handed over.
P:5.2 If the system passes, the Buyer shall sign a Final Acceptance certificate within five working days. Otherwise the Supplier shall remedy the defects within ten days and the tests shall be repeated. Use of the system by the Buyer during the trial period or before the certificate is signed does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During that period the Supplier shall repair or replace any defective item free of charge, including transport, and supply software updates.
P:6.2 Priority 1 faults are faults that stop hail detection or automatic net closure in any orchard block. The Supplier shall respond to a Priority 1 fault within 30 minutes by telephone or remote connection, at any time of day and on any day of the year, and shall have a technician or its appointed local service partner on site within 24 hours. Other faults shall be answered within one working day and repaired within seven days.
P:6.3 For each hour by which the response or attendance times in Section 6.2 are exceeded, the Supplier shall pay the Buyer CNY 500. The Buyer may deduct these amounts from any payment due or claim them under the warranty guarantee.
P:6.4 The Supplier shall keep a stock of spare sensors and controllers at the Buyer's site equal to 5% of the installed quantity, replenished at the Supplier's cost during the warranty period.
H:Section 7 Maintenance after Warranty
P:7.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance on the terms of Section 6. The annual maintenance fee is 7% of the Hardware and Licence Subtotal, that is CNY 44,548, fixed for the first three maintenance years.
P:7.2 Maintenance is ordered by the Buyer for each maintenance year in writing and does not renew automatically.
H:Section 8 Data
P:8.1 All data collected by the system, including sensor readings, weather records and net operation logs, belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:8.2 The software and data shall be hosted on the Buyer's server in Qixia. Remote access by the Supplier shall be through a VPN account issued by the Buyer, used only with the Buyer's approval for each session, and logged. The Supplier shall apply the security measures in Annex A, including encrypted radio links and changed default passwords on every device.
P:8.3 The Supplier shall report any data security incident to the Buyer within 24 hours and shall be liable for the Buyer's losses caused by an incident for which the Supplier is responsible.
H:Section 9 Intellectual Property
P:9.1 The integration software and configuration written for the Buyer under Section 1.2, with its source code and documentation, belongs to the Buyer, which may use and modify it and have it modified by third parties.
P:9.2 Rights in the OrchardGuard software remain with the Supplier, which grants the Buyer a perpetual licence under Section 1.1 and warrants that the equipment and software infringe no third-party rights.
H:Section 10 Confidentiality and Liability
P:10.1 Each party shall keep confidential the information it receives from the other under this Contract, including the Buyer's orchard layout, yields and prices, and shall not disclose it to third parties without written consent, during the Contract and for three years afterwards.
P:10.2 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Section 8.
H:Section 11 Subcontracting and Termination
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except that the local service partner named in Annex B, approved by the Buyer's signature of this Contract, may carry out on-site warranty work. The Supplier remains responsible for all subcontractors.
P:11.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or in the case described in Section 4.2.
H:Section 12 Site Rules, Insurance and Force Majeure
P:12.1 The Supplier's staff shall follow the Buyer's orchard rules, in particular on pesticide re-entry intervals, ladders and work near the net-deployment motors, and shall not drive vehicles between tree rows without a supervisor. Installation work shall not damage trees, drip lines or the existing net posts; any damage shall be repaired at the Supplier's cost.
P:12.2 Until the installation record is signed, the Supplier bears the risk of loss of or damage to the equipment and shall insure it for its replacement value. The Supplier shall also hold third-party liability insurance covering its work at the orchard.
P:12.3 Neither party is liable for a delay caused by force majeure, including typhoons, floods and government orders, provided it notifies the other party within five days and takes reasonable steps to limit the delay. Ordinary rain and wind in the installation season are not force majeure.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
P:Annex A: Technical Specification. Annex B: Local service partner.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h395e04 Shishi zipper maker, managed Wi-Fi service; provider in Biratnagar — MD, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED WIRELESS NETWORK SERVICE AGREEMENT

Agreement reference: KNC/FJ/2026/07

**Between**

1. **Fujian Shishi Huilian Zipper Co., Ltd.**, a company established in the People's Republic of China, whose registered address is No. 88 Huilian Road, Xiangzhi Industrial Zone, Shishi, Quanzhou, Fujian Province ("Customer"); and
2. **Koshi Netcare Pvt. Ltd.**, a company registered in Nepal, whose registered office is at Main Road, Ward No. 9, Biratnagar, Morang, Koshi Province, Nepal ("Provider").

**Recitals**

(A) Customer manufactures metal, nylon and plastic zippers in three production buildings, a dyeing workshop, two warehouses and an office block at Xiangzhi. Its handheld scanners, machine tablets and automated guided vehicles depend on wireless coverage across the site.

(B) Provider designs and operates wireless networks for manufacturing sites as a managed service, with a remote operations centre and local field engineers, and has agreed to provide that service to Customer on the terms below.

**It is agreed as follows.**

## 1. Definitions

1.1 "Service" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "Site" means each of the seven buildings listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Minimum Term" means the period of 36 months from the Service Commencement Date.

1.5 "Monthly Charge" and "Installation Charge" mean the charges stated in Schedule 3.

## 2. The Service

2.1 Provider shall design, supply, install, configure, monitor and maintain a wireless network covering all production, warehouse and office areas of the Sites, including access points, controllers, switches for the wireless network, licences and the monitoring platform (the "Equipment").

2.2 The Equipment remains the property of Provider. Customer shall provide rack space, power and ceiling access and shall not move or alter the Equipment without Provider's agreement.

2.3 Provider shall monitor the network around the clock from its operations centre, keep firmware current, replace failed Equipment, produce a monthly service report and attend a quarterly service review with Customer's IT manager.

2.4 Provider shall maintain two field engineers in Quanzhou for on-site work and shall keep spare access points and a spare controller at the Customer's premises.

2.5 When Customer rearranges production lines, adds racking in a warehouse or opens a new area within the Sites, Provider shall survey the change within five working days, propose any additional access points needed to keep the coverage in Schedule 1, and install them within fifteen working days after Customer's written order. Relocation of existing access points within a Site is included in the Monthly Charge.

## 3. Charges and payment

3.1 At Customer's request all charges are stated, invoiced and paid in Chinese Renminbi (CNY). The charges are set out in Schedule 3. The Total Contract Value for the Minimum Term is CNY 1,608,800.

3.2 The Installation Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date. Each invoice is payable within 30 days.

3.3 No charge is payable before the Service Commencement Date, and Provider shall not request any advance payment.

3.4 The charges are fixed for the Minimum Term. Additional access points ordered by Customer are charged at the rate in Schedule 3.

## 4. Installation and Service Acceptance

4.1 Provider shall complete the site survey within 20 days after signature and the installation within 75 days after signature.

4.2 Service Acceptance tests shall show that: (a) the signal strength is at least -67 dBm at every test point in the survey plan; (b) handheld scanners and AGVs roam between access points without losing sessions in a walk test of each production building; (c) the throughput at the test points meets Schedule 1; (d) the guest network is isolated from the production network; and (e) the design documents and configuration backups have been delivered. When the tests are passed Customer shall sign a Service Acceptance certificate. Use of the network before that date does not mean that the tests have been passed.

4.3 If installation is not ready for Service Acceptance tests by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 5. Service levels and Service Credits

5.1 Provider shall ensure that the wireless network at each Site is available at least 99.5% of the time in each calendar month, measured by the monitoring platform and excluding planned maintenance agreed with Customer at least five working days in advance.

5.2 Incidents are classified, and shall be responded to and restored, as set out in Schedule 2.

5.3 If monthly availability at a Site falls below clause 5.1, or an incident is not responded to or restored within the times in Schedule 2, Provider shall give Customer the Service Credits in Schedule 2, deducted from the next invoice.

## 6. Data and security

6.1 All data carried by or recorded in the network, including traffic logs, device lists, location data of scanners and AGVs and configuration data, belongs to Customer. Provider may use it only to provide the Service and shall not use it for any other purpose, in identifiable or anonymised form.

6.2 Provider shall keep logs and configuration backups only on the monitoring server installed at Customer's premises; remote access from the operations centre shall be through an encrypted connection approved by Customer, with named accounts and multi-factor authentication, and every session shall be logged.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting the network or Customer's data, shall contain it, and shall compensate Customer for losses caused by an incident for which Provider is responsible.

## 7. Remedies and Minimum Term

7.1 This Agreement continues for the Minimum Term and then ends automatically unless the parties agree in writing to extend it.

7.2 Neither party may terminate this Agreement before the end of the Minimum Term. The Service Credits under clause 5 and compensation for proven loss under clause 9 are Customer's remedies for any failure of the Service or other breach by Provider, and Customer shall not be entitled to terminate this Agreement for breach.

7.3 At the end of the Minimum Term Provider shall remove the Equipment within 30 days at its own cost and hand over the configuration data to Customer.

## 8. Ownership of work product

8.1 The site survey, coverage design, configuration files and documentation prepared for Customer belong to Customer, which may use and modify them and give them to any later provider.

8.2 Provider keeps its rights in its monitoring platform and tools, which it uses to provide the Service and removes at the end of the Agreement.

## 9. Liability

9.1 Provider shall compensate Customer for direct loss caused by Provider's breach of this Agreement. Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of clause 6 or clause 10.

## 10. Confidentiality

10.1 Each party shall keep confidential the other party's non-public information, including Customer's production data, product designs and network passwords, and shall disclose it only to persons who need it to perform this Agreement. This obligation continues for three years after the Agreement ends.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains liable for any approved subcontractor.

## 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Quanzhou Arbitration Commission for arbitration in Quanzhou.

## Schedule 1 — Sites and coverage

Production buildings A, B and C; dyeing workshop; finished-goods warehouse; raw-material warehouse; office block. Minimum throughput at each test point: 50 Mbps down and 20 Mbps up for a single client. About 160 access points in total according to the site survey.

## Schedule 2 — Incident priorities and Service Credits

| Priority | Description | Response | Restoration |
|---|---|---|---|
| P1 | Loss of wireless service in a whole production building or warehouse | 30 minutes | 3 hours |
| P2 | Loss of service in part of a building, or degraded roaming for AGVs | 1 hour | 8 hours |
| P3 | Single access point or non-urgent request | 1 working day | 3 working days |

| Event | Service Credit |
|---|---|
| Site availability below 99.5% but at least 99.0% in a month | 5% of the Monthly Charge |
| Site availability below 99.0% in a month | 10% of the Monthly Charge |
| P1 response or restoration late | CNY 800 for each hour or part of an hour late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge (survey, cabling, installation, configuration) | one-time | 68,000 |
| Monthly Charge (all seven Sites, Equipment, monitoring, maintenance) | per month, 36 months | 42,800 |
| Monthly Charges over the Minimum Term | 36 x 42,800 | 1,540,800 |
| Total Contract Value | | 1,608,800 |
| Additional access point | per access point per month | 260 |

Signed for Customer: ____________________ Name / title: ____________________ Date: __________

Signed for Provider: ____________________ Name / title: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h395e05 Guangzhou cosmetics-packaging export platform, recycled-content check API; vendor in Rajshahi — TXT
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT

RECYCLED-CONTENT VERIFICATION API

Agreement No.: PVT-GZ-2026-015

PARTIES

Guangzhou Lixiang Packaging Export Service Co., Ltd., Room 1806, No. 288 Huangpu Avenue Middle, Tianhe District, Guangzhou, Guangdong Province, People's Republic of China (the "Customer"); and

Padma Verification Technologies Limited, a company incorporated in Bangladesh, House 21, Road 3, Upashahar, Rajshahi 6202, Bangladesh (the "Provider").

BACKGROUND

The Customer runs an online export platform through which some 400 Chinese manufacturers sell cosmetics packaging (bottles, jars, tubes, pumps and cartons) to brand owners in Europe and Southeast Asia. Many buyers now ask for proof of the recycled-content share of each packaging item. The Provider operates an API that checks declared recycled content against supplier certificates, mass-balance records and resin test reports and returns a verification result for each product. The Customer wishes to call the API from its platform for every listed product.

1. DEFINITIONS

1.1 "API" means the Provider's recycled-content verification interface, its documentation and the related web console.

1.2 "Subscription Year" means the period starting on the Service Start Date and ending on the day before its first anniversary, and each following period from one anniversary to the day before the next, for the number of Subscription Years stated in the Schedule.

1.3 "Service Start Date" means the date of Onboarding Acceptance under clause 4.

1.4 "Customer Data" means product listings, declarations, certificates, test reports, supplier names and any other material the Customer or its sellers submit through the API, and the verification results produced from them.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term stated in the Schedule, a non-exclusive right to call the API from the Customer's platform and to show the verification results to the Customer's sellers and their buyers.

2.2 The Provider shall carry out the onboarding work described in the Schedule: mapping of the Customer's product categories to the Provider's material classes, integration with the Customer's seller portal and ERP, setting up the Customer's verification rules, and training of the Customer's compliance team.

2.3 The Customer shall keep its API keys secure, shall call the API only from its own platform, and shall tell the Provider at once if it suspects that a key has been disclosed.

2.4 The Customer shall ask its sellers to submit complete and genuine documents and shall not knowingly submit forged certificates. The Customer shall inform its sellers that their documents are checked by the Provider on the Customer's behalf.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated, invoiced and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule.

3.2 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee is invoiced quarterly in arrears, at the end of each quarter of each Subscription Year. Calls above the annual allowance are invoiced at the end of the Subscription Year at the overage rate in the Schedule.

3.3 Invoices are payable within 30 days. No amount is payable before the Service Start Date.

3.4 The fees in the Schedule are fixed for the Subscription Term. The Provider may not increase them during that term for any reason, including exchange-rate changes between the Renminbi and the Bangladeshi taka.

4. ONBOARDING ACCEPTANCE

4.1 The Provider shall complete the onboarding work within 60 days after signature.

4.2 Onboarding Acceptance requires that: (a) the Provider's results for a reference set of 200 products chosen by the Customer agree with the Customer's own manual review, item by item, except for differences the Customer accepts in writing; (b) results are posted automatically to the seller portal and to the Customer's ERP for the same reference set; (c) each rejection result states the reason and the missing evidence; and (d) the API documentation in Chinese and English and the console user guide have been delivered.

4.3 When these conditions are met the Customer shall sign an Onboarding Acceptance note. Live use of the API before the note is signed does not mean that Onboarding Acceptance has taken place.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to answer the Customer's support requests promptly, by e-mail and through the console ticket system, during the Provider's business hours.

5.2 The Provider will give the Customer at least 14 days' notice of any change to the API that requires changes on the Customer's side, and will keep the previous version running for at least 90 days after such notice.

5.3 The Provider will maintain a status page showing planned maintenance and known incidents.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including training its models, building databases or benchmarks, or offering it to others, whether in identifiable, aggregated or anonymised form.

6.2 The Provider shall process and store Customer Data only on servers in the Guangzhou region of a cloud provider established in mainland China, shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days, and test its backups every quarter.

6.3 The Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, shall support the Customer in dealing with regulators and sellers, and shall bear the costs and losses caused by any such incident for which the Provider is responsible.

6.4 Within 30 days after the end of this Agreement the Provider shall return all Customer Data in a structured format and then delete it from its systems, and shall confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider keeps all rights in the API, its models and its reference databases.

7.2 The verification rules, category mappings and report templates prepared for the Customer during onboarding belong to the Customer, which may use and modify them and give them to another provider.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's seller list, prices and buyer enquiries, and shall use it only to perform this Agreement. This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract any part of its obligations, including hosting and support, without the Customer's prior written consent. The cloud provider named in the Schedule is approved by the Customer's signature of this Agreement. The Provider remains responsible for every approved subcontractor.

10. TERM AND TERMINATION

10.1 This Agreement runs from signature until the end of the last Subscription Year stated in the Schedule and then ends. It may be extended only by a written agreement signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. On termination by the Customer, the Provider shall refund any fees paid for the period after termination.

10.3 The Customer may also terminate this Agreement with 60 days' written notice at the end of any Subscription Year if its platform stops offering recycled-content verification.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit, except for wilful misconduct or breach of clause 6 or clause 8.

11.2 Subject to clause 11.1, the Provider's total liability under this Agreement shall not exceed one and a half times the total fees stated in the Schedule.

12. COMPLIANCE

12.1 Each party shall comply with the laws that apply to it, including the personal-information and data-export rules of the People's Republic of China. The Provider shall not transfer Customer Data out of mainland China.

12.2 Verification results are an aid to the Customer's own checks. The Customer remains responsible for the claims made on its platform, but the Provider shall correct any wrong result it has produced without charge.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

14. GENERAL

14.1 This Agreement, including the Schedule, is the whole agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and by courier to the addresses above.

SCHEDULE - SUBSCRIPTION DETAILS AND FEES

Subscription Term: three Subscription Years from the Service Start Date.

Annual allowance: 400,000 API calls per Subscription Year.

Approved cloud provider: the Guangzhou region of a mainland cloud provider designated in the onboarding plan.

Fees (CNY):
  Subscription fee per Subscription Year: 118,000
  Subscription fees for the Subscription Term (3 x 118,000): 354,000
  Onboarding fee (one-time): 36,000
  Total fees stated in this Schedule: 390,000
  Overage rate: CNY 0.35 per call above the annual allowance (not included in the total)

Onboarding scope: category mapping for about 2,600 product types; seller-portal and ERP integration; verification rules for the EU and ASEAN markets; two days of training in Guangzhou.

SIGNATURES

For the Customer: ____________________  Name and title: ____________________  Date: __________

For the Provider: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels and checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h395z01": ("h395z01_red_cross_first_aid_training_platform.pdf", "pdf", Z01),
    "h395z02": ("h395z02_forge_induction_heating_line_control_retrofit.docx", "docx", Z02),
    "h395z03": ("h395z03_dance_school_chain_scheduling_saas.txt", "txt", Z03),
    "h395z04": ("h395z04_blood_centre_donation_system_annual_om.txt", "txt", Z04),
    "h395z05": ("h395z05_braised_food_qms_supplier_template.md", "md", Z05),
    "h395e01": ("h395e01_dongyang_woodcarving_relief_software_licences.pdf", "pdf", E01),
    "h395e02": ("h395e02_wuyuan_rapeseed_tour_ticketing_saas.md", "md", E02),
    "h395e03": ("h395e03_qixia_orchard_hail_net_sensors.docx", "docx", E03),
    "h395e04": ("h395e04_shishi_zipper_managed_wifi.md", "md", E04),
    "h395e05": ("h395e05_guangzhou_packaging_recycled_content_api.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only; None = no key),
# acceptance_deemed_on_delivery, contract_value
LABELS = {
    "h395z01": ("software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20,
                             True, True, 24, 8, False, True, False, "PRC", G], (True, True, True, False, 1162000)),
    "h395z02": ("hardware", [None, 0.5, True, "buyer", True, True, False, 0.1, 200, 10,
                             True, True, 24, 9, False, True, True, "PRC", G], (True, True, True, False, 1145000)),
    "h395z03": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.08, 150, None,
                          True, None, None, None, True, True, False, "PRC", S], (True, True, None, False, 1042400)),
    "h395z04": ("services", [99.5, 0.25, True, "buyer", False, True, True, 0.1, None, None,
                             True, None, None, None, False, True, False, "PRC", S], (True, True, None, False, 518000)),
    "h395z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 55,
                             False, False, 6, 24, False, True, None, None, G], (True, True, True, True, 1200000)),
    "h395e01": ("software", [None, 2, True, "buyer", True, True, True, 0.1, 150, 20,
                             True, True, 18, 10, False, True, False, "PRC", G], (True, True, True, False, 690000)),
    "h395e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 300 / 426000 * 100, 6 / 24 * 100, None,
                          True, None, None, None, False, True, True, "Malaysia", S], (True, True, None, False, 426000)),
    "h395e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10,
                             True, True, 36, 7, False, True, False, "PRC", G], (True, True, True, False, 780000)),
    "h395e04": ("services", [99.5, 0.5, True, "buyer", True, True, True, 1200 / 1608800 * 100, 150, None,
                             True, None, None, None, False, False, False, "PRC", S], (True, True, None, False, 1608800)),
    "h395e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None,
                          True, None, None, None, False, True, False, "PRC", S], (False, False, None, False, 390000)),
}
PREPAID = {"h395z01": 232400, "h395z02": 114500, "h395z05": 660000, "h395e01": 138000, "h395e03": 78000}  # due before delivery
FOREIGN_FORUM = {"h395e01", "h395e02"}  # SIAC Singapore; AIAC Kuala Lumpur
FEE_BASE = {"h395z01": 740000, "h395z02": 886700, "h395z05": 860000, "h395e01": 484000, "h395e03": 636400}
PRICE_SUMS = {  # every itemised price list and payment schedule, as written in the texts
    "h395z01": ([386000, 276000, 78000, 312000, 86000, 24000], [232400, 522900, 406700]),
    "h395z02": ([286000, 188000, 109500, 132000, 75200, 96000, 148000, 92300, 18000], [114500, 572500, 400750, 57250]),
    "h395z03": ([28 * 9600 * 3, 36000 * 3, 128000], [76200 * 12, 128000]),
    "h395z04": ([336000, 68000, 54000, 41500, 18500], [129500 * 4]),
    "h395z05": ([860000, 260000, 80000], [660000, 420000, 120000]),
    "h395e01": ([8 * 46500, 4 * 28000, 138000, 46000, 22000], [138000, 310500, 241500]),
    "h395e02": ([2 * 186000, 54000], [2 * 186000, 54000]),
    "h395e03": ([160 * 1850, 4 * 26500, 6 * 7800, 24 * 5400, 58000, 88600, 42000, 13000], [78000, 429000, 273000]),
    "h395e04": ([36 * 42800, 68000], [36 * 42800, 68000]),
    "h395e05": ([3 * 118000, 36000], [3 * 118000, 36000]),
}
EXPECTED = {  # written by hand; asserted against rules() below
    "h395z01": [],
    "h395z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h395z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h395z04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "h395z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h395e01": ["CR-GOVERNING-LAW"],
    "h395e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h395e03": [],
    "h395e04": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h395e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(key):
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    value = LABELS[key][2][4]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def rules(key):
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    sla, ld_stated, capped, _deemed, _value = LABELS[key][2]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and tco(key)[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    sev = {SEVERITY[x] for x in rs}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, _fmt, _src = FILES[key]
    category, terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": category,
            "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra,
            "expected_rules": sorted(EXPECTED[key])}


# --- threshold figures: regexes and their self-test ---
NB = r"(?<![\d.])"                       # not preceded by a digit or a decimal point
CB = r"(?<![零〇一二两三四五六七八九十百千万])"   # not preceded by a Chinese numeral
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = {
    "availability 99.9": [NB + r"99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])"],
    "P1 response 4 hours": [NB + r"4\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", CB + r"四\s*个?\s*小时",
                            r"\bfour[\s-]*hours?\b", NB + r"240\s*(?:minutes?|mins?\b|分钟)", r"二百四十分钟"],
    "delay damages 0.05 %": [NB + r"0\.05(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五"],
    "liability cap 100 %": [NB + r"100(?!\d)" + PCT, r"百分之一?百", r"one\s*hundred\s*per\s*cent"],
    "prepayment 30 %": [NB + r"30(?![\d.])" + PCT, r"百分之三十(?![一二三四五六七八九点])", CB + r"三成",
                        r"\bthirty\s*per\s*cent"],
    "warranty 12 months": [NB + r"12\s*(?:months?\b|个月)", CB + r"十二\s*个月", r"\btwelve[\s-]*months?\b",
                           r"\bone[\s-]*year\b", CB + r"一\s*年", NB + r"1\s*(?:years?\b|年)"],
    "post-warranty fee 15 %": [NB + r"15(?![\d.])" + PCT, r"百分之十五(?![点])", r"\bfifteen\s*per\s*cent"],
    "TCO share 40 %": [NB + r"40(?![\d.])" + PCT, r"百分之四十(?![一二三四五六七八九点])", CB + r"四成",
                       r"\bforty\s*per\s*cent"],
    "5 years / 60 months": [NB + r"5\s*(?:years?\b|年)", CB + r"五\s*年", r"\bfive[\s-]*years?\b",
                            NB + r"60\s*(?:months?\b|个月)", CB + r"六十\s*个月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_RES.items()}
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时内", "4 hours", "four hours", "240 minutes", "240分钟", "0.05%",
            "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月",
            "12 months", "twelve months", "one year", "一年", "1年", "15%", "百分之十五", "fifteen per cent", "40%",
            "百分之四十", "五年", "5年", "5 years", "five years", "60 months", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "0.055%",
                "130%", "1.5 million", "2027年12月31日", "36 months", "二十四个月", "三十日", "万分之八", "15 days",
                "14 hours", "2 hours", "18 months", "24 months", "十一年", "0.08%", "300 codes", "3.5 years",
                "1,540,800", "0.045元", "three years", "第一条"]


def hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    found = []
    for name, pats in COMPILED.items():
        for p in pats:
            for v in variants:
                m = p.search(v)
                if m:
                    found.append((name, m.group(0), v[max(0, m.start() - 20):m.end() + 20]))
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not hits(s), ("false hit", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def off(value, threshold, name, key, margin=None):
    """value clearly away from the threshold: by 1 % of it, or by `margin` (availability: 0.02 points)"""
    margin = 0.01 * threshold if margin is None else margin
    assert value is None or abs(value - threshold) > margin, (key, name, value)


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    print()
    print("%-9s %-5s %-7s %-6s %6s  %s" % ("contract", "lang", "kind", "risk", "length", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        lab = label(k)
        assert rules(k) == lab["expected_rules"], (k, rules(k), lab["expected_rules"])
        items, pays = PRICE_SUMS[k]
        value = lab["expected_extra"]["contract_value"]
        assert sum(items) == value and sum(pays) == value, (k, sum(items), sum(pays), value)
        t = lab["expected_terms"]
        if k in PREPAID:
            assert abs(PREPAID[k] / value * 100 - t["prepayment_pct"]) < 1e-9, k
        else:
            assert t["prepayment_pct"] is None, k
        off(t["availability_pct"], 99.9, "availability", k, 0.02)
        off(t["p1_response_hours"], 4, "p1", k)
        off(t["ld_rate_per_day_pct"], 0.05, "ld", k)
        off(t["liability_cap_pct"], 100, "cap", k)
        off(t["prepayment_pct"], 30, "prepayment", k)
        off(t["warranty_months"], 12, "warranty", k)
        off(t["post_warranty_fee_pct"], 15, "post-warranty fee", k)
        if t["contract_kind"] == G:
            total, share = tco(k)
            off(share, 40, "tco share", k)
            off(t["warranty_months"], 60, "warranty vs horizon", k)
        text = read_back(OUT / name)
        found = hits(text) + hits(src)
        assert not found, (k, found)
        if lab["language"] == "zh":
            n = len(text)
            assert 2800 <= n <= 3300, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (k, "words", n)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        covered |= set(lab["expected_rules"])
        tco_s = " TCO %.0f share %.2f%%" % tco(k) if t["contract_kind"] == G else ""
        print("%-9s %-5s %-7s %-6s %6d  %s%s" % (k, lab["language"], t["contract_kind"][:7], risk(lab["expected_rules"]),
                                                n, ", ".join(x[3:] for x in lab["expected_rules"]) or "(none)", tco_s))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    counts = [len(EXPECTED[k]) for k in FILES]
    assert counts.count(0) == 2
    assert sum(1 for k in FILES if EXPECTED[k] and risk(EXPECTED[k]) == "low" and len(EXPECTED[k]) == 1) == 1
    assert sum(1 for c in counts if 2 <= c <= 3) == 6 and len(EXPECTED["h395z05"]) >= 8
    print("\nall 20 CR rules covered; mix 2 compliant / 1 single low / 6 with 2-3 / z05 with", len(EXPECTED["h395z05"]))


if __name__ == "__main__":
    main()
