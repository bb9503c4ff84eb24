"""holdout297: writes the ten blind contracts, their .json labels, and checks lengths, sums and thresholds.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- Chinese sources

Z01 = """T:危险化学品企业安全风险监测预警平台建设项目合同
P:合同编号：QYJ-ZFCG-2025-HW017
P:采购方式：政府采购公开招标（招标编号 QYGC2025-0416）
P:甲方（采购人）：青屿市应急管理局
P:乙方（供应商）：苍澜智安科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青屿市危险化学品企业安全风险监测预警平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设市级危险化学品企业安全风险监测预警平台，覆盖全市52家重大危险源企业，实现储罐液位、温度、压力、可燃及有毒气体浓度、视频图像等数据的实时接入、分级预警和闭环处置。
P:1.2 建设内容包括：平台软件许可、企业端数据采集网关的供货与安装、定制开发（重大危险源“一张图”、预警处置闭环流程、与省级平台的数据对接）、部署实施及培训。
P:1.3 工期：合同签订之日起150日内完成全部建设并提交终验申请。
H:第二条 合同价款
P:2.1 合同总价为人民币2,052,000元（大写：贰佰零伍万贰仟元整），含税，包括货物、软件、开发、运输、安装、培训及税费等一切费用。分项如下：
P:（1）监测预警平台软件许可（含GIS组件、预警模型引擎）：960,000元；
P:（2）企业端数据采集网关52台，单价7,800元：405,600元；
P:（3）定制开发：486,000元；
P:（4）部署实施与数据接入：168,400元；
P:（5）培训：32,000元。
P:2.2 上述第（1）、（2）项合计1,365,600元，为本合同“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行履约保函之日起15个工作日内，甲方支付合同总价的20%作为预付款，即410,400元。
P:3.2 平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即923,400元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即718,200元。
P:3.4 乙方每次收款前应开具合法足额的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 验收
P:4.1 初步验收：全部网关安装完成，52家企业数据接入率不低于98%，平台各功能模块可正常运行，甲方组织初验。
P:4.2 最终验收在试运行满60日后进行，验收标准为：（1）数据上传延迟不超过10秒；（2）连续试运行期间无一级故障；（3）预警规则经甲方组织的模拟演练验证，报警准确、推送及时；（4）与省级平台数据对接核验一致；（5）通过第三方软件测评及网络安全等级保护测评；（6）源代码、设计文档、操作手册等交付齐全。
P:4.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第五条 质量保证与售后维护
P:5.1 质保期为36个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、网关维修更换和技术支持。
P:5.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过软硬件小计的8%，即每年不超过109,248元；该价格在质保期满后三个年度内保持不变。维护服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护应提前3日告知甲方，不计入不可用时间。
P:6.2 故障分级响应：一级故障（平台整体中断、预警推送失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方响应或恢复超时的，每超时1小时，甲方可扣减1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，从应付款或履约保证金中扣除。
H:第七条 数据安全
P:7.1 平台采集、存储和生成的全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应落实网络安全等级保护三级要求，运维通过甲方堡垒机进行并全程审计，不得私自拷贝数据。
P:7.3 发生数据泄露、篡改等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的企业安全信息、甲方工作秘密及其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 平台软件许可的知识产权仍归乙方，甲方在本项目范围内永久使用。
P:9.2 本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:9.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 交付成果不符合约定的，乙方应无偿修复或更换；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得转包或分包本合同项下的任何工作。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正，或逾期超过45日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 项目管理：乙方应指定项目经理一名，具备信息系统项目管理师资格，常驻青屿市直至终验完成；未经甲方书面同意不得更换。乙方每周提交项目周报，重大事项随时报告。甲方指定科室负责协调企业现场接入、数据资源申请等事项。
P:14.2 变更：甲方因监管要求调整功能的，双方书面确认变更内容、工期及费用；未经书面确认的变更，乙方不得据此主张增加费用。
P:14.3 不可抗力：因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，履行期限相应顺延；不可抗力持续超过90日的，双方协商处理。
P:14.4 廉洁：乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益，违反的，甲方有权解除合同并按规定列入不良行为记录。
P:14.5 通知：双方往来通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。
P:14.6 本合同未尽事宜，依照政府采购法律法规和招标文件执行，或由双方另行签订补充协议。补充协议与本合同具有同等效力。
P:14.7 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青屿市应急管理局    乙方（盖章）：苍澜智安科技股份有限公司
P:代表人：__________    代表人：__________    日期：2025年__月__日
"""

Z02 = """T:浮法玻璃生产线退火窑控制系统改造合同
P:合同编号：LYBL-SB-2025-0328
P:甲方：临漪浮法玻璃有限公司
P:乙方：衡川工控自动化工程有限公司
P:甲方二号浮法线（日熔化量600吨）退火窑原控制系统已运行十余年，备件停产、温控精度下降，影响玻璃应力和成品率。甲方经比选确定由乙方实施改造。双方依据《中华人民共和国民法典》，订立本合同。
H:一、改造范围
P:（一）拆除退火窑A、B、C、D、E、F各区原有控制柜，新建DCS控制系统一套，包括控制器、I/O模块、操作站及工程师站。
P:（二）更换退火窑各区热电偶并加装板面红外测温仪，更换冷却风机变频器12台。
P:（三）完成组态编程、温度曲线控制模型调试，并在甲方安排的停窑窗口内完成新旧系统切换。
P:（四）对甲方操作及维修人员进行培训。
H:二、合同价款
P:（一）合同总价为人民币1,630,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、I/O模块、操作站及工程师站|1套|688,000
TB:2|热电偶及板面红外测温仪|1批|216,000
TB:3|冷却风机变频器（单价18,500元）|12台|222,000
TB:4|控制系统软件许可（组态软件、历史数据库）|1套|264,000
TB:|软硬件小计||1,390,000
TB:5|安装调试及停窑切换|1项|186,000
TB:6|工艺优化与培训|1项|54,000
TB:|合同总价||1,630,000
P:（二）合同价款为固定总价，除甲方书面变更范围外不作调整。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，计326,000元，乙方同时提交同等金额的预付款保函。
P:（二）设备全部到货并经双方清点后，甲方支付合同总价的25%，计407,500元。到货清点不构成验收。
P:（三）系统通过最终验收后，甲方支付合同总价的45%，计733,500元。
P:（四）余款10%，计163,000元，作为质量保证金，在质保期满且无未决质量问题后支付。
H:四、工期与验收
P:（一）乙方应在合同生效后90日内完成设备到货，并在甲方停窑窗口（预计2025年10月）内完成切换，切换停窑时间不超过72小时。
P:（二）切换后系统连续稳定运行30日，达到以下标准的，甲方出具最终验收证书：
P:1. 各区温度控制偏差不超过±1.5℃；
P:2. 出窑玻璃应力达到甲方工艺标准，成品率不低于改造前同期水平；
P:3. 连续运行期间无一级故障；
P:4. 图纸、组态程序备份、操作维护手册交付齐全。
P:（三）系统投入运行或甲方使用，不视为验收合格；未达标准的，乙方应限期整改后重新验收。
H:五、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起算。质保期内乙方免费更换故障设备，免费修复软件缺陷。
P:（二）质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的9%，即每年125,100元，三个年度内不上调。维保合同逐年签订，不自动续期。
P:（三）服务响应：一级故障（退火窑控制中断或温控失效）乙方接报后30分钟内远程响应，6小时内工程师到场；二级故障2小时内响应，48小时内到场。乙方每超时1小时，甲方可扣除800元。
H:六、知识产权与数据
P:（一）DCS及软件产品的知识产权归原厂或乙方所有，甲方获得永久使用许可。
P:（二）为本项目编制的组态画面、控制程序和温度曲线模型归甲方所有，甲方可自行修改使用。
P:（三）生产工艺参数、运行数据归甲方所有。乙方仅因履约需要接触，不得复制带离现场，不得用于其他用途。乙方远程维护须经甲方书面批准并在甲方监督下进行，维护终端须安装防病毒软件。因乙方原因导致数据泄露、系统感染病毒或被攻击的，乙方承担由此产生的全部损失。
H:七、保密
P:乙方对甲方的配方、工艺参数、图纸及经营信息承担保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后仍然有效。
H:八、分包
P:乙方不得将本合同主体工作分包；土建配合等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作负全部责任。
H:九、违约责任
P:（一）乙方延期完成到货或切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因导致切换停窑时间超过约定的，乙方应赔偿甲方由此增加的燃料和停产损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，按每日万分之二支付逾期利息。
H:十、合同解除
P:乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交临漪仲裁委员会仲裁。
H:十二、安全文明施工
P:（一）乙方进入甲方厂区作业，应遵守甲方安全生产管理制度，作业人员须经甲方安全教育并持证上岗，动火、登高、带电作业须办理作业票。
P:（二）退火窑切换期间，乙方应提前提交切换方案及应急预案，经甲方生产、设备部门会签后实施；切换失败时应能在2小时内恢复原系统运行。
P:（三）因乙方违反安全规定造成人身伤害或设备损坏的，由乙方承担责任。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，履行期限相应顺延。
H:十四、通知
P:双方指定项目联系人，甲方为设备部部长，乙方为项目经理。双方往来函件以书面或电子邮件方式送达联系人即视为有效送达。联系人变更应提前书面通知对方。
H:十五、其他
P:本合同签订前双方的任何口头或书面约定，与本合同不一致的，以本合同为准。合同履行中的会议纪要、确认函等书面文件，经双方授权代表签字后作为合同补充文件。任何一方变更名称、地址、开户银行或联系人的，应在变更后5个工作日内书面通知对方，否则由此产生的不利后果由该方承担。
P:乙方应在设备到货前提交设备出厂检验报告、合格证及原产地证明，进口部件应提供报关单据。乙方提供的备品备件清单应满足质保期内正常维修需要，质保期满后乙方仍应保证以合理价格持续供应备件。
P:乙方应在切换前完成工厂联调测试（FAT），邀请甲方派员见证，联调记录作为最终验收资料的一部分。乙方应为甲方保留新旧系统并行的测点比对数据，便于甲方评估改造效果。改造后产生的旧控制柜、电缆等拆除物归甲方所有，由乙方按甲方指定地点清运堆放。
P:乙方应向甲方移交全部设备的说明书、接线图、组态程序备份光盘及软件授权证书，并提供常用备件的采购渠道。培训分操作培训和维修培训两部分，培训结束后由乙方组织考核，考核合格人员名单报甲方设备部备案。
P:本合同附件包括技术协议、设备清单、切换方案及培训计划，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：临漪浮法玻璃有限公司    乙方（盖章）：衡川工控自动化工程有限公司
P:日期：2025年__月__日
"""

Z03 = """健身连锁会员及课程管理SaaS服务合同

合同编号：JX-IT-2025-031
甲方：广州劲行健身管理有限公司
乙方：知练云软件（深圳）有限公司

鉴于甲方在华南地区经营60家连锁健身门店，需要统一的会员、私教课程、团课排期、储值及小程序预约管理系统；乙方为云端软件服务提供商。双方依据《中华人民共和国民法典》等法律法规，经友好协商，就甲方订阅乙方“知练云”会员及课程管理平台并由乙方提供实施服务事宜，达成如下条款。

第一条 服务内容
（1）乙方通过互联网向甲方提供“知练云”平台订阅服务，功能包括会员档案与会籍管理、私教课时销售与核销、团课排期与预约、储值卡与优惠券、门店营收报表、微信小程序及教练端App。
（2）订阅范围为甲方60家门店，每店含后台账号10个、教练端账号不限。
（3）乙方负责实施服务：旧系统会员、课时及储值余额数据迁移，60家门店的门禁闸机对接，小程序品牌配置，总部及门店人员培训。

第二条 服务期限
（1）初始服务期为三个服务年度，自平台上线验收合格之日起算。
（2）初始服务期届满前60日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。
（3）每次续订时，乙方有权根据其产品价格调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方于续订前30日以电子邮件通知甲方即可。

第三条 费用
（1）订阅费：每店每个服务年度3,600元，60家门店合计每服务年度216,000元，初始服务期三个服务年度合计648,000元。
（2）实施费：一次性86,000元，包括数据迁移、闸机对接、小程序配置及培训。
（3）合同总金额为734,000元（含6%增值税）。
（4）新增门店按每店每服务年度3,600元折算当期费用，不计入本合同总金额。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次支付。
（2）订阅费按季度结算，每个服务季度结束后10个工作日内，乙方开具发票，甲方收到发票后15个工作日内支付该季度订阅费54,000元。
（3）甲方无须在上线前支付任何费用。

第五条 实施与验收
（1）乙方应在合同签订后45日内完成全部实施工作并提交上线验收申请。
（2）上线验收标准：（一）迁移的会员、剩余课时及储值余额与旧系统逐条核对一致；（二）60家门店闸机刷码入场成功率不低于99%，单次识别不超过1秒；（三）小程序预约、支付、退款流程测试通过；（四）门店营收报表与财务系统对账无差异。
（3）上述标准全部达到后，甲方出具上线验收确认书。系统试用或甲方开始使用，不视为验收合格。
（4）乙方逾期完成上线验收的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

第六条 服务水平
（1）平台月度可用率不低于99.5%，计划维护应安排在凌晨1点至6点之间并提前48小时通知。
（2）故障分级：一级故障指全部或多数门店无法登录、签到或收款；一级故障乙方1小时内响应，6小时内恢复；二级故障（单店或单一功能不可用）2小时内响应，24小时内恢复。
（3）月度可用率低于承诺值的，乙方按当月订阅费的5%抵扣下季度费用；低于98%的，按当月订阅费的10%抵扣。一级故障恢复超时的，每次另抵扣当月订阅费的2%。

第七条 数据
（1）甲方会员信息、消费记录、课程数据均归甲方所有，乙方仅在提供本服务所必需的范围内处理，不得用于其他用途。
（2）平台部署于境内具备网络安全等级保护三级备案的云机房，会员手机号、身份证号等个人信息加密存储，后台账号实行权限分级和操作日志留存。
（3）发生个人信息泄露等安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失，包括甲方对会员的赔偿。
（4）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。

第八条 知识产权
（1）平台软件的知识产权归乙方所有。
（2）为甲方定制的小程序页面、报表模板和闸机对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

第九条 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

第十条 责任限制
乙方在本合同项下的累计赔偿责任不超过合同总金额的1.5倍，但数据安全事件造成的损失不受此限。

第十一条 合同解除
（1）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。
（2）平台连续两个月可用率低于98%的，甲方有权解除合同，乙方退还已付未使用期间的订阅费。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

第十三条 双方责任
（1）甲方应指定总部项目负责人，按时提供旧系统数据导出文件、门店闸机清单及品牌素材，组织门店人员参加培训。
（2）乙方应指派实施顾问驻场总部，按照实施计划推进，每周书面汇报进度。门店店长培训不少于两场，前台及教练培训提供线上课程及操作手册。
（3）乙方应保持平台功能与微信小程序、支付渠道规则的兼容，相关接口调整导致的适配工作由乙方免费完成。

第十四条 不可抗力
因自然灾害、政府行为、公共卫生事件等不可抗力导致一方不能履行合同的，该方应及时通知对方，在不可抗力影响范围内免除责任。因第三方云服务商大面积故障导致的中断，不属于乙方可免责的不可抗力，仍计入可用率。

第十五条 通知
本合同项下的通知以书面或电子邮件形式发送至双方在合同中指定的联系人，以电子邮件发送的，发出次日视为送达。

第十六条 其他
本合同签订前双方的任何口头或书面约定，与本合同不一致的，以本合同为准。合同履行中的会议纪要、确认函等书面文件，经双方授权代表签字后作为合同补充文件。任何一方变更名称、地址、开户银行或联系人的，应在变更后5个工作日内书面通知对方，否则由此产生的不利后果由该方承担。甲方新增门店的上线配置由乙方按本合同实施标准完成，不另收取实施费。门店关闭的，甲方可提前通知乙方相应减少订阅门店数量，自下一服务季度起按实际门店数计费。
乙方发布新版本前应在测试环境中完成回归测试，重大版本更新应提前7日通知甲方并提供更新说明，更新不得影响门店营业时段的正常使用。甲方总部管理员可自行设置门店、教练、课程及价格，乙方应提供完整的后台操作手册。乙方客服热线和在线工单系统应全天候受理门店问题，普通咨询类问题应在当日答复。乙方每月向甲方提供服务报告，内容包括可用率统计、故障记录、工单处理情况和功能改进建议。甲方如需开具会员电子发票、对接第三方团购平台等扩展功能，双方另行协商报价。
本合同附件包括功能清单、实施计划及服务水平说明，与本合同具有同等效力。
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州劲行健身管理有限公司
乙方（盖章）：知练云软件（深圳）有限公司
签订日期：2025年__月__日
"""

Z04 = """澄江市医疗保障局医保结算系统运行维护服务合同

项目名称：医保结算系统2025—2026年度运行维护服务
采购方式：政府采购竞争性磋商（项目编号：CJYB-CS-2025-07）
采购人（甲方）：澄江市医疗保障局
供应商（乙方）：鹭石信息系统服务有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件和乙方响应文件、成交通知书，甲乙双方就医保结算系统运行维护服务签订本合同。

1. 服务范围
1.1 本合同运维对象为甲方医保结算系统，包括门诊及住院结算、异地就医直接结算、定点医药机构接口、医保电子凭证、基金监管子系统及其数据库、中间件和服务器。
1.2 服务内容包括：驻场运维、日常巡检、性能优化、数据库及中间件技术支持、安全加固、节假日及年度结转应急保障、运维文档编写。
1.3 服务期限：自2025年7月1日起至2026年6月30日止。

2. 服务费用
2.1 合同总价为人民币1,386,000元，包括：
（1）驻场运维人员服务费（6人）：846,000元；
（2）系统巡检及性能优化：178,000元；
（3）节假日及年度结转应急保障：132,000元；
（4）数据库及中间件技术支持：168,000元；
（5）安全加固服务：62,000元。
2.2 上述价格为全包价，含人员、差旅、工具、税费等全部费用，服务期内不作调整。

3. 付款
3.1 服务费按季度支付。每季度结束后，甲方依照第5条进行季度考核，考核合格后15个工作日内支付该季度服务费346,500元。
3.2 季度考核扣减的金额从当季服务费中直接扣除。
3.3 本合同不设预付款。

4. 服务要求与服务水平
4.1 乙方派驻6名运维工程师在甲方机房驻场，工作日8:30—18:00在岗，其余时间安排专人值守电话。项目负责人须具有高级工程师职称或同等资格，未经甲方同意不得更换。
4.2 结算系统月度可用率不低于99.8%。因原厂软件升级或甲方安排的计划停机时间，不计入不可用时间。
4.3 故障分级与响应：
（1）一级故障：结算业务中断或大面积结算失败，乙方15分钟内响应，1小时内定位，3小时内恢复；
（2）二级故障：部分定点机构结算异常或性能明显下降，30分钟内响应，8小时内恢复；
（3）三级故障：单一功能异常，2小时内响应，3个工作日内解决。
4.4 乙方每月提交运维月报，每季度提交系统健康评估报告。

5. 考核与验收
5.1 季度考核指标包括：月度可用率、故障响应及恢复时限、巡检完成率、安全漏洞整改率及运维文档质量，考核细则见附件。
5.2 月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级故障响应或恢复超时，每次扣减5,000元。
5.3 服务期满后，甲方依据各季度考核结果、运维文档和知识转移情况进行年度验收，出具验收意见。
5.4 乙方应在合同生效后10日内完成人员到岗并提交运维方案；在2025年12月15日前提交年度结转保障方案。乙方未按期完成的，每逾期一日，按合同总价的千分之一支付违约金。

6. 数据安全
6.1 系统中的参保人员信息、结算数据、基金数据均归甲方所有，乙方不得以任何形式留存、复制或用于本合同以外的目的。
6.2 乙方人员须签署个人保密承诺，通过甲方堡垒机操作，禁止使用移动存储介质，禁止将数据导出至外部网络。
6.3 发生数据泄露、篡改或丢失等安全事件的，乙方应立即处置并于1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

7. 保密
乙方对履约中知悉的医保政策文件、系统架构、账户口令及其他工作秘密负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。

8. 知识产权
乙方在服务期内编写的运维脚本、巡检工具、应急预案及各类文档归甲方所有，甲方可自由使用和修改。

9. 分包
乙方可将机房环境巡检、数据库原厂技术支持等非核心服务委托具备相应资质的第三方实施，但应提前以书面形式告知甲方，并对第三方的行为承担责任。

10. 违约与解除
10.1 乙方服务严重不符合约定，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
10.2 合同解除后，乙方应在15日内完成工作交接和资料移交，配合甲方或新的服务商平稳过渡。
10.3 甲方逾期付款的，应按逾期金额每日万分之二支付违约金。

11. 法律适用与争议解决
11.1 本合同适用中华人民共和国法律。
11.2 因本合同引起的争议，双方协商解决；协商不成的，依法向澄江市人民法院提起诉讼。

12. 人员管理
12.1 乙方驻场人员应遵守甲方机房管理、门禁及考勤制度，统一着装，佩戴工作证件。乙方须为驻场人员依法缴纳社会保险。
12.2 驻场人员如不能胜任工作，甲方有权要求更换，乙方应在5个工作日内派出同等资质的人员。人员请假须经甲方同意并安排替岗。
12.3 乙方应建立知识库，记录故障处理过程和系统变更，服务期满时完整移交甲方。

13. 不可抗力与通知
13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
13.2 双方通知以书面形式送达合同约定的联系人，紧急情况下可先电话通知，再于次日补发书面通知。

14. 其他
14.1 本合同签订前双方的任何口头或书面约定，与本合同不一致的，以本合同为准。合同履行中的会议纪要、确认函等书面文件，经双方授权代表签字后作为合同补充文件。任何一方变更名称、地址、开户银行或联系人的，应在变更后5个工作日内书面通知对方，否则由此产生的不利后果由该方承担。乙方应配合甲方接受上级医保部门、审计部门和网络安全主管部门的检查，按要求提供运维记录和相关资料，对检查发现的问题在规定期限内完成整改。
14.2 乙方应按照甲方要求参加医保系统升级、医保目录调整和异地结算政策变化的配合工作，在甲方规定的时间内完成相关参数配置、测试验证和上线保障。重大活动和医保年度结转期间，乙方应增派技术人员现场值守，所增派人员费用已包含在合同总价内，不另行收费。乙方应每半年对服务器、存储和网络设备进行一次全面健康检查，出具检查报告并提出优化建议。乙方应配合甲方开展网络安全攻防演练和漏洞扫描，对发现的高危漏洞在7日内完成修复，中危漏洞在30日内完成修复，修复情况书面报告甲方。乙方应于每年医保年度结转前一个月提交结转演练方案，组织至少一次全流程演练，演练发现的问题应在结转前整改完毕。乙方应每月对驻场人员进行考勤统计，并随运维月报报送甲方备案。
14.3 磋商文件、响应文件及成交通知书为本合同组成部分。
14.4 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：澄江市医疗保障局
乙方（盖章）：鹭石信息系统服务有限公司
签订日期：2025年6月__日
"""

Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**（蜀仓云标准合同文本 V3.0）**

合同编号：SCY-WMS-2025-118

甲方：四川郫香源酿造食品有限公司

乙方：成都蜀仓云信息技术有限公司

甲方为豆瓣酱生产企业，拟对原料库、发酵晒场、成品库和辅料库实施数字化仓储管理。乙方为专业仓储管理软件开发商，拥有“蜀仓云WMS”软件著作权。双方经协商，就乙方向甲方许可使用WMS软件并进行定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蜀仓云WMS标准版软件许可（永久许可，不限用户数，部署于甲方服务器）。

1.2 乙方根据甲方需求进行定制开发，包括：发酵晒场缸位管理、原料辣椒与蚕豆批次追溯、成品出入库扫码、与甲方ERP及称重系统对接、PDA手持端程序。

1.3 乙方负责系统安装部署、基础数据初始化及用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜀仓云WMS标准版软件许可 | 560,000 |
| 2 | 定制开发（缸位管理、批次追溯、接口、PDA端） | 318,000 |
| 3 | 安装部署、数据初始化及培训 | 86,000 |
| | 合计 | 964,000 |

2.1 以上价格含税。甲方自备服务器、网络及PDA硬件。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即626,600元。

3.2 系统上线后10个工作日内，甲方支付剩余35%，即337,400元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停开发和服务。

## 第四条 实施进度

4.1 乙方计划于收到首期款后90日内完成开发并上线。因需求变更、甲方配合不及时或其他非乙方原因导致延期的，工期相应顺延。

4.2 如乙方进度滞后，乙方将增派人员加快进度，甲方不得因此拒付款项。

## 第五条 上线与验收

5.1 系统部署完成并经乙方内部测试后即可上线运行。

5.2 系统上线运行之日，即视为甲方验收合格。甲方在上线后提出的问题，按第六条维护条款处理。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期，期内乙方提供远程技术支持及程序错误修复。

6.2 故障响应：甲方报告的一级（紧急）故障，乙方在8小时内响应；其他故障在3个工作日内响应。

6.3 乙方将尽力按上述时间响应，但不因响应或修复延迟承担任何扣款、赔偿或违约责任。

## 第七条 年度服务

7.1 免费维护期满后，甲方应向乙方购买年度技术服务，年度服务费为软件许可费的28%，即每年156,800元，按年预付。

7.2 年度服务内容包括远程支持、程序错误修复及标准版本升级，不含新增功能开发。

## 第八条 知识产权

8.1 蜀仓云WMS软件及其全部文档的知识产权归乙方所有。

8.2 本合同定制开发的程序、接口、PDA端软件及相关源代码，知识产权均归乙方所有，甲方仅享有在本企业内部使用的非独占许可，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入及产生的业务数据归甲方所有。

9.2 乙方应对其远程维护采取必要的安全措施，使用加密通道并记录操作日志；因乙方过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并在发现后24小时内通知甲方。

9.3 甲方同意，乙方可将甲方业务数据进行脱敏处理后用于产品改进、行业分析及向其他客户提供的标准功能优化，该等使用不受合同期限限制。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 第十二条 合同解除

12.1 乙方严重违约且在甲方书面通知后30日内未予纠正的，甲方有权解除本合同。

12.2 甲方逾期付款超过60日的，乙方有权解除合同，已收款项不予退还。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 甲方配合义务

14.1 甲方应指定专人负责需求确认，在乙方提交需求说明书后5个工作日内确认；逾期未确认的，视为甲方认可。

14.2 甲方应提供满足乙方要求的服务器、网络、PDA及条码打印设备，并负责现场库位标识的制作和张贴。

14.3 甲方应组织仓库人员参加培训，并按乙方操作手册使用系统；因甲方操作不当导致的问题，不属于乙方维护范围。

## 第十五条 不可抗力

15.1 因不可抗力或网络运营商、第三方软硬件原因导致乙方不能按期履行的，乙方不承担责任，履行期限相应顺延。

## 第十六条 其他

16.1 本合同签订前双方的任何口头或书面约定，与本合同不一致的，以本合同为准。合同履行中的会议纪要、确认函等书面文件，经双方授权代表签字后作为合同补充文件。任何一方变更名称、地址、开户银行或联系人的，应在变更后5个工作日内书面通知对方，否则由此产生的不利后果由该方承担。乙方提供的培训包括系统管理员培训和仓库操作员培训，培训时间合计不少于三天，培训内容以乙方标准课件为准。甲方需要额外培训或现场支持的，按乙方人天单价另行收费，人天单价为2,800元。系统上线后甲方提出的需求变更，经双方确认后按人天计费，乙方不保证变更的完成时间。

甲方在免费维护期满后未购买年度技术服务的，乙方不再提供任何技术支持和版本升级，甲方如需恢复服务，应补缴中断期间的年度服务费。乙方有权在其宣传材料和客户名单中使用甲方名称及标识作为成功案例展示。乙方远程维护须由甲方开通临时账号，维护结束后由甲方关闭。甲方应确保其服务器机房的温湿度、供电及网络环境符合乙方要求，并自行负责数据备份；因甲方未备份导致的数据丢失，乙方不承担责任。乙方对甲方提出的个性化报表需求，在免费维护期内每月最多受理两项，超出部分按人天另行收费。系统使用过程中产生的第三方数据库、操作系统授权费用由甲方自行承担。本合同项下乙方提供的服务器配置建议仅供参考，因甲方服务器性能不足导致系统运行缓慢的，乙方不承担责任。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

16.3 本合同条款为乙方标准文本，双方确认已充分阅读并理解全部条款。

甲方（盖章）：四川郫香源酿造食品有限公司

乙方（盖章）：成都蜀仓云信息技术有限公司

签订日期：2025年__月__日
"""

# ---------------------------------------------------------------- English sources

E01 = """T:Software Licence Agreement - Stitch Design Software (Perpetual Licences)
P:Agreement No. AR-SZ-2025-044
P:This Software Licence Agreement (the "Agreement") is made between:
P:(1) Suzhou Jinsi Embroidery Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Gusu District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Arachne Stitchworks Monoprosopi I.K.E., a company incorporated in Greece with its registered seat on Nisida Schiza, Messinia, Greece (the "Vendor").
P:Recitals
P:A. The Customer designs and produces hand-finished and machine embroidery for silk garments, screens and cultural products, and runs fourteen design workstations linked to multi-head embroidery machines.
P:B. The Vendor develops and licenses the ArachneStitch suite, a stitch-design and automatic digitizing software for professional embroidery.
P:C. The Customer wishes to acquire perpetual licences of the suite together with installation, machine-format set-up and training, and the Vendor is willing to supply them on the terms below. At the Customer's request, all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the ArachneStitch Designer Pro and ArachneStitch Auto-Punch programs in object code, with their thread libraries and user documentation, in the version current at delivery.
P:1.2 "Custom Work" means the Suzhou silk-thread colour library, the stitch templates for traditional Su embroidery techniques and the export profiles for the Customer's machines, prepared by the Vendor under this Agreement.
P:1.3 "Acceptance Date" means the date of the Acceptance Certificate under Article 5.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Software, install it on the Customer's fourteen workstations and two license servers, prepare the Custom Work, connect the Software to the Customer's Tajima and ZSK machines through the machine-format converters, and train the Customer's designers.
P:2.2 The Vendor shall deliver licence keys and installation media within 20 days after signature and complete installation and Custom Work within 60 days after signature.
H:Article 3 Price
P:3.1 The Contract Price is CNY 752,000, inclusive of all taxes payable in China, travel and expenses. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ArachneStitch Designer Pro, perpetual licence|14 seats|38,600|540,400
TB:2|ArachneStitch Auto-Punch module, perpetual licence|6 seats|24,500|147,000
TB:|Licence Subtotal|||687,400
TB:3|Installation, Custom Work and machine connection|1 lot|46,000|46,000
TB:4|Designer training (five days on site)|1 lot|18,600|18,600
TB:|Contract Price|||752,000
P:3.2 The price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 150,400) within 15 days after receipt of the licence keys and installation media together with a valid invoice.
P:4.2 The Customer shall pay the remaining 80% of the Contract Price (CNY 601,600) within 20 days after the Acceptance Date.
P:4.3 Payments shall be made by bank transfer to the Vendor's CNY account designated in writing.
H:Article 5 Acceptance
P:5.1 After installation and Custom Work are complete, the parties shall carry out acceptance tests on site, within ten working days, against the following criteria: (a) the Software runs on all fourteen workstations and the licence servers without error; (b) thirty test designs chosen by the Customer are digitized and exported in the formats of each connected machine; (c) the stitched samples match the designs within the tolerance stated in the Technical Annex; (d) the Suzhou colour library contains all 1,280 shades listed by the Customer; (e) documentation in Chinese is delivered.
P:5.2 When all criteria are met, the Customer shall sign an Acceptance Certificate. Installation, use of the Software in production or any payment shall not be regarded as acceptance. If a test fails, the Vendor shall correct the defect and repeat the tests at its own cost.
H:Article 6 Warranty and Maintenance
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for eighteen (18) months from the Acceptance Date, and will correct reproducible defects reported during that period free of charge.
P:6.2 The Vendor will handle support requests by e-mail during its normal business hours and will use reasonable efforts to provide a correction or workaround within a reasonable time.
P:6.3 After the warranty period, the Customer may purchase annual Software Maintenance (updates, upgrades and e-mail support) at 11% of the Licence Subtotal per year, that is CNY 75,614 per year. The Vendor shall not increase this fee during the first three maintenance years. Maintenance is ordered each year by purchase order and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to complete installation and the Custom Work by the date in Article 2.2 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of CNY 900 for each day of delay, up to a maximum of 10% of the Contract Price.
P:7.2 If the delay exceeds 45 days, the Customer may terminate this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software. The Customer receives a non-exclusive, perpetual, non-transferable licence to use the Software on the licensed seats for its business.
P:8.2 All rights in the Custom Work vest in the Customer upon creation. The Customer may use, modify and license the Custom Work freely, including to other software providers. The Vendor shall deliver the Custom Work in editable form.
P:8.3 The Vendor shall indemnify the Customer against third-party claims that the Software or the Custom Work infringes any intellectual property right.
H:Article 9 Customer Data and Security
P:9.1 All embroidery designs, artwork, pattern files and customer orders processed with the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to perform this Agreement.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session and shall run through the Customer's VPN with individual accounts; the Vendor shall not copy Customer Data outside the Customer's systems, shall apply security measures consistent with the PRC Data Security Law and Personal Information Protection Law, and shall notify the Customer within 24 hours of any security incident.
P:9.3 The Vendor shall be liable for all losses caused to the Customer by any breach of this Article 9, including loss or disclosure of design files.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including unpublished designs, prices and technical information, and shall disclose it only to staff who need it for this Agreement. This obligation survives termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement indemnities, breach of Article 9 or Article 10, or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except as stated in Article 9.3.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund all amounts paid for the items not accepted, and the Customer may keep the Custom Work delivered so far.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the installation or Custom Work without the Customer's prior written consent, and remains responsible for any subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Kalamata, Greece.
H:Article 15 Miscellaneous
P:15.1 This Agreement is made in English and Chinese; both texts are equally authentic. Notices shall be given in writing to the addresses above.
P:15.2 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, typhoons, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. The time for performance is extended by the period of the event. Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other benefit to the employees or agents of the other party in order to obtain or keep business under this Agreement, and each party shall keep accurate records of the payments it makes under it. Notices. Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the contact persons named by each party; a notice sent by e-mail is received on the next business day after sending. Each party shall inform the other promptly of any change of its contact details. Entire agreement. This document, with its annexes and schedules, is the entire agreement of the parties on its subject and replaces any earlier proposals, quotations or correspondence. Amendments are valid only in writing signed by authorised representatives of both parties. If any provision is found invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
P:15.3 Project management. Each party shall appoint a project manager. The Vendor's project manager shall lead installation and training on site in Suzhou and report progress weekly in writing. The Customer shall give the Vendor's staff access to the workstations and machines during working hours.
P:15.4 This Agreement enters into force on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# Order Form and General Terms - RopeGate Ticketing Cloud

**Order Form No. RG-CN-2025-0091**

## Part A - Order Form

### A1. Parties

- **Customer:** Huangshan Cloudsea Ropeway Co., Ltd., a company incorporated in the People's Republic of China, registered in Huangshan City, Anhui Province.
- **Provider:** Ruhnu Ropeway Systems OU, a private limited company registered in Estonia, with its registered office at Ringsu village, Ruhnu Parish, Saare County, Estonia.

### A2. Background

The Customer operates three passenger ropeways and a funicular in a scenic area that receives several million visitors each season. It needs an online ticketing and access-control service covering real-name ticket sales, timed boarding slots, turnstile validation and settlement with travel agencies. The Provider offers RopeGate Ticketing Cloud, a software-as-a-service platform used by ropeway and mountain-railway operators. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A3. Subscription

- **Service:** RopeGate Ticketing Cloud, Enterprise edition, with the online sales module, travel-agency portal, slot scheduler, turnstile gateway and analytics dashboard.
- **Scope:** four ropeway and funicular lines, 64 turnstiles, 40 ticket-office seats and unlimited online sales.
- **Subscription Term:** three (3) Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A6.
- **Hosting:** the production service and all Customer Data are hosted on a cloud region in mainland China operated by a licensed provider listed in A9.

### A4. Fees

At the Customer's request all fees are quoted and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 268,000 per Subscription Year x 3 | 804,000 |
| Onboarding (configuration, fare rules, staff training) | one-time | 58,000 |
| Turnstile integration (64 turnstiles, two vendors) | one-time | 46,000 |
| **Total Contract Value** | | **908,000** |

Per-ticket charges do not apply. Additional turnstiles are charged at CNY 1,200 per turnstile per Subscription Year, pro rata, and are not part of the Total Contract Value.

### A5. Invoicing and Payment

- The Subscription Fee is invoiced quarterly in advance, the first quarter on the Subscription Start Date, at CNY 67,000 per quarter.
- The onboarding and integration fees are invoiced on Go-Live Acceptance.
- Nothing is payable before Go-Live Acceptance. Invoices are payable within 30 days of receipt, by bank transfer in CNY.

### A6. Implementation and Go-Live Acceptance

- The Provider shall complete onboarding and turnstile integration and make the service ready for acceptance testing within 75 days after signature of this Order Form.
- Acceptance tests shall show: (a) real-name sales, refunds and rebooking work online and at the ticket offices; (b) all 64 turnstiles validate tickets in under one second; (c) slot capacity limits are enforced per line; (d) daily settlement reports reconcile with the payment channels without difference for ten consecutive days; (e) a load test of 3,000 ticket sales per minute passes.
- When all tests pass, the Customer issues a Go-Live Acceptance certificate. Live use during testing does not count as acceptance.
- If the service is not ready for acceptance testing on time for reasons attributable to the Provider, the Provider shall pay CNY 700 for each day of delay.

### A7. Service Levels

- **Availability:** the service shall be available 99.95% of each calendar month, excluding maintenance windows announced seven days ahead and scheduled between 23:00 and 05:00 Beijing time.
- **Support:** Priority 1 incidents (sales or turnstile validation unavailable on any line) - response within 30 minutes, 24x7, and restoration or workaround within three hours. Priority 2 - response within two hours. Priority 3 - next business day.
- **Service credits:** 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point below the availability target, up to half of that monthly portion; CNY 2,000 for each Priority 1 incident whose response is late.

### A8. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A9. Approved Subprocessors

China-region cloud hosting: Anhui Huiyun Data Services Co., Ltd. SMS delivery: a licensed PRC SMS gateway named in the onboarding plan.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Part B - General Terms

### B1. Provision of the Service

1.1 The Provider shall provide the service in accordance with the Order Form and the documentation, with reasonable skill and care, and in compliance with the laws applicable to ticketing and real-name registration in China.

1.2 The Provider may improve the service from time to time, provided that no change materially reduces its functions or security.

### B2. Customer Data

2.1 All visitor, ticket, payment and access records entered into or generated by the service for the Customer ("Customer Data") belong to the Customer.

2.2 The Provider shall process Customer Data only to provide the service, except as stated in 2.3.

2.3 The Provider may compile aggregated and anonymised statistics derived from Customer Data, such as visitor flows, sales per slot and seasonal patterns, and use them for benchmarking reports offered to other operators and to develop its products, during and after the Subscription Term.

### B3. Data Security

3.1 The Provider shall keep Customer Data in the China region, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and maintain its MLPS level-3 filing and ISO/IEC 27001 certification.

3.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in reporting it to the authorities, and bear the losses and regulatory costs caused by incidents for which it is responsible.

3.3 At the end of the Agreement the Provider shall return all Customer Data in a standard format within 30 days and then delete it, confirming deletion in writing.

### B4. Intellectual Property

4.1 The Provider keeps all rights in the RopeGate platform and its documentation.

4.2 Fare rules, slot templates, report designs and integration scripts prepared specifically for the Customer belong to the Customer, who may use, modify and license them freely, including to a successor provider.

### B5. Confidentiality

Each party shall keep confidential the other's non-public information received under the Agreement, use it only for the Agreement and disclose it only to persons bound by similar duties. This clause survives the end of the Agreement.

### B6. Subcontracting

The Provider may use the subprocessors listed in A9. Any other subcontractor or subprocessor requires the Customer's prior written consent. The Provider remains responsible for everyone it engages.

### B7. Liability

7.1 Each party's aggregate liability arising out of or in connection with the Agreement is limited to the Subscription Fees paid by the Customer in the six months preceding the event giving rise to the claim.

7.2 The limit in 7.1 does not apply to the Customer's payment obligations, to breach of B3 or to fraud.

### B8. Term and Termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within 30 days of notice. On termination for the Provider's breach, the Provider refunds prepaid fees for the period after termination.

8.3 Either party may terminate if the other becomes insolvent.

### B9. Governing Law and Disputes

The Agreement is governed by the laws of the Republic of Estonia. Disputes shall be resolved by the Harju County Court in Tallinn, Estonia.

### B10. General

Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, typhoons, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. The time for performance is extended by the period of the event. Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other benefit to the employees or agents of the other party in order to obtain or keep business under this Agreement, and each party shall keep accurate records of the payments it makes under it. Notices. Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the contact persons named by each party; a notice sent by e-mail is received on the next business day after sending. Each party shall inform the other promptly of any change of its contact details. Entire agreement. This document, with its annexes and schedules, is the entire agreement of the parties on its subject and replaces any earlier proposals, quotations or correspondence. Amendments are valid only in writing signed by authorised representatives of both parties. If any provision is found invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. Customer shall give the Provider's staff reasonable access to the ropeway stations and ticket offices for installation and testing, in line with the Customer's safety rules for operating ropeways, and the Provider's staff shall follow the instructions of the Customer's station managers at all times.

Notices must be in writing. Neither party may assign the Agreement without the other's written consent. Part A and Part B are the entire agreement between the parties.
"""

E03 = """T:Supply and Installation Contract - Orchard Weather Stations and Fruit-Fly Trap Sensors
P:Contract No. HNMG-PUR-2025-012
P:Buyer: Hainan Lingshui Golden Mango Plantation Co., Ltd., Lingshui Li Autonomous County, Hainan Province, People's Republic of China (the "Buyer").
P:Supplier: Endelave AgriSense ApS, a company registered in Denmark with its office on Endelave, Horsens Municipality, Denmark (the "Supplier").
P:Whereas the Buyer grows mangoes on about 1,800 mu of orchards in four blocks and needs field weather data and automatic fruit-fly monitoring to time its spraying and bagging; and whereas the Supplier designs and installs orchard sensor networks; the parties agree as follows. This Contract is on the Buyer's standard terms. At the Buyer's request, all prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: six weather stations (air temperature, humidity, rainfall, wind, solar radiation and leaf wetness); 120 camera fruit-fly traps with pheromone lures and automatic counting; 48 soil-moisture probes; four LoRaWAN gateways; and a perpetual licence of the OrchardSense analytics software installed on the Buyer's server.
P:1.2 The Supplier shall also develop the Custom Work: a pest-alert model for Bactrocera dorsalis calibrated to the Buyer's blocks, a spraying-window dashboard and an interface to the Buyer's farm-management system.
P:1.3 All equipment shall be new, suitable for tropical outdoor use (IP67, salt-mist resistant) and delivered with Chinese manuals.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,324,000, inclusive of VAT, import duties, freight to site, installation and training, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Weather station|6|46,800|280,800
TB:2|Camera fruit-fly trap|120|3,650|438,000
TB:3|Soil-moisture probe|48|2,900|139,200
TB:4|LoRaWAN gateway|4|12,600|50,400
TB:5|OrchardSense analytics software, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,094,400
TB:6|Installation, calibration and commissioning|1 lot|88,600|88,600
TB:7|Custom Work (pest-alert model, dashboard, interface)|1 lot|124,000|124,000
TB:8|Training|1 lot|17,000|17,000
TB:|Contract Price|||1,324,000
P:2.2 The Contract Price is fixed for the duration of this Contract.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 132,400) within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 728,200) within 15 working days after the Installation Certificate. The Installation Certificate records that the equipment is installed and powered; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 463,400) within 15 working days after the Final Acceptance Certificate.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation within a further 30 days, before the flowering season.
P:4.2 If the Supplier is late with delivery, installation or readiness for acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 If the delay exceeds 40 days, the Buyer may terminate this Contract under Section 11.
H:Section 5 Acceptance
P:5.1 Final Acceptance follows a trial operation of 45 consecutive days after installation. The criteria are: (a) all sensors and traps report to the platform with a data completeness of at least 98% over the trial; (b) weather readings stay within the tolerances of the Technical Annex when compared with a reference station; (c) automatic fruit-fly counts agree with manual counts within 10% on a sample of 20 traps checked weekly; (d) the pest-alert model and dashboard work as specified; (e) as-built drawings, manuals and the source of the Custom Work are delivered.
P:5.2 When all criteria are met, the Buyer issues the Final Acceptance Certificate. Installation, use of the system or any payment does not constitute acceptance.
H:Section 6 Warranty and After-Warranty Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment free of charge, including batteries, solar panels and camera modules, and correct software defects.
P:6.2 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal, i.e. CNY 82,080 per year, which the Supplier shall not increase during the first three years after the warranty. Support is ordered year by year and does not renew automatically.
H:Section 7 Service Levels
P:7.1 Severity 1 fault (platform unavailable, or more than a fifth of traps or any two weather stations offline): response within one hour, engineer on site within 24 hours, restoration within 48 hours. Severity 2 fault: response within eight hours, restoration within five working days.
P:7.2 For each hour of late response to a Severity 1 fault, the Supplier shall pay CNY 600; for each day of late restoration, CNY 1,500. The Buyer may deduct these amounts from any payment due.
H:Section 8 Data Protection and Security
P:8.1 All data collected by the system, including weather, trap images, pest counts and soil data, belongs to the Buyer and shall be stored on the Buyer's server in Hainan. The Supplier may use it only to perform this Contract.
P:8.2 The Supplier shall secure the gateways and software with encryption and individual passwords, shall access the system remotely only with the Buyer's approval for each session, and shall not copy data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any security incident and shall be liable for losses caused by any breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The Supplier retains the rights in the OrchardSense software and in the firmware of the equipment, licensed to the Buyer perpetually.
P:9.2 The Custom Work and all rights in it belong to the Buyer, who may use, modify and license it freely. The Supplier shall deliver its source code.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including orchard yields, prices and technical documentation, and shall not disclose it to third parties without prior written consent. This obligation survives termination.
H:Section 11 Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case of Section 4.3.
P:11.2 On such termination the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Section 8.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews proposed by the Supplier require such consent and remain the Supplier's responsibility.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Hainan International Arbitration Court (Hainan Arbitration Commission) for arbitration in Haikou.
H:Section 15 Miscellaneous
P:15.1 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, typhoons, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. The time for performance is extended by the period of the event. Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other benefit to the employees or agents of the other party in order to obtain or keep business under this Contract, and each party shall keep accurate records of the payments it makes under it. Notices. Notices under this Contract shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the contact persons named by each party; a notice sent by e-mail is received on the next business day after sending. Each party shall inform the other promptly of any change of its contact details. Entire agreement. This document, with its annexes and schedules, is the entire agreement of the parties on its subject and replaces any earlier proposals, quotations or correspondence. Amendments are valid only in writing signed by authorised representatives of both parties. If any provision is found invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
P:15.2 Site rules. The Supplier's staff shall follow the Buyer's orchard rules, including restrictions on entering sprayed blocks, and shall not damage trees, irrigation lines or fruit bags when installing equipment. Installation during the harvest months requires the Buyer's prior agreement on the schedule.
P:15.3 This Contract is made in Chinese and English; both versions have equal effect. It enters into force on signature and on receipt of the advance-payment guarantee.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Firewall Services Agreement

**Agreement reference:** TRN-MFS-FS-2025-07

This Managed Firewall Services Agreement is entered into between:

**Foshan Nanzhuang Porcelain Tile Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Nanzhuang Town, Chancheng District, Foshan, Guangdong Province ("Customer"); and

**Traena Secure Networks AS**, a company incorporated in Norway, with its registered office at Husoy, Traena Municipality, Nordland, Norway ("Provider").

## Background

(A) Customer operates two tile factories, a logistics centre and a showroom network connected to its head office, and runs its kiln control, ERP and e-commerce systems behind perimeter firewalls that it no longer has the staff to manage.

(B) Provider supplies managed network-security services from its security operations centre, using firewall appliances that remain Provider's property.

(C) At Customer's request, all charges under this Agreement are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 **Service** means the managed firewall service described in clause 2 and Schedule 1.

1.2 **Service Commencement Date** means the date of the Service Acceptance Certificate under clause 4.

1.3 **Service Term** means twenty-four (24) months from the Service Commencement Date.

1.4 **Customer Data** means all configuration data, rule sets, traffic logs, alerts and reports relating to Customer's networks.

## 2. The Service

2.1 Provider shall install and operate high-availability firewall clusters at the head office and the two factories and single firewalls at the logistics centre, and shall provide rule management, intrusion prevention, VPN management, firmware and signature updates, 24x7 monitoring and monthly reporting.

2.2 Provider shall perform the onboarding described in Schedule 1, including the migration of Customer's existing rules, network segmentation between office and kiln-control networks and staff briefing.

2.3 Provider shall perform the Service with qualified personnel and in accordance with applicable laws of the People's Republic of China on cybersecurity.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,154,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Onboarding Charge is invoiced upon issue of the Service Acceptance Certificate.

3.3 No charge is payable in advance. Customer shall pay undisputed invoices within 30 days of receipt.

3.4 The charges are fixed for the Service Term.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within 50 days after signature of this Agreement.

4.2 Service acceptance tests shall demonstrate: (a) failover of each cluster completes within three seconds without dropping established sessions; (b) all migrated rules are reviewed and documented, with no rule allowing unrestricted access between the office and kiln-control networks; (c) VPN access for the 180 remote users works; (d) monitoring alerts reach Provider's operations centre and Customer's contacts; (e) a seven-day stable run without Priority 1 incidents.

4.3 When all tests pass, Customer shall issue the Service Acceptance Certificate. Installation or live use of the firewalls does not constitute acceptance.

4.4 If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 40,000.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 1, including availability of each firewall cluster of 99.95% per calendar month and the response and restoration times for each priority.

5.2 If a service level is missed, Provider shall grant the service credits in Schedule 1, deducted from the next invoice. Service credits do not limit Customer's other remedies for material breach.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Service and shall not use it for any other purpose.

6.2 Provider shall store logs on a collector located at Customer's head office, access Customer's devices only through an authenticated management channel with multi-factor authentication and session recording, and apply security controls that meet MLPS level 3.

6.3 Provider shall notify Customer of any security incident affecting Customer Data or Customer's networks within two hours, take immediate containment measures and bear all losses caused by incidents resulting from its breach of this Agreement.

6.4 On expiry or termination, Provider shall hand over all rule sets and logs in readable form and then delete any copies it holds.

## 7. Intellectual Property

7.1 Provider retains its rights in its tools, templates and the firewall software.

7.2 The rule sets, network-segmentation design and documentation prepared for Customer belong to Customer, who may use, modify and disclose them freely, including to a successor provider.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party, including network diagrams, credentials and production information, and shall use it only for this Agreement. This clause survives expiry or termination.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of clause 6 or clause 8, personal injury or wilful misconduct.

## 10. Subcontracting

Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if a Priority 1 restoration target is missed three times in any three consecutive months.

11.3 On termination or expiry, Provider shall cooperate in the transition to Customer or a new provider for up to 60 days at no extra charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of Norway.

12.2 Any dispute arising from this Agreement shall be settled by the Oslo District Court (Oslo tingrett), Norway, as the agreed venue.

## 13. General

13.1 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, typhoons, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. The time for performance is extended by the period of the event. Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other benefit to the employees or agents of the other party in order to obtain or keep business under this Agreement, and each party shall keep accurate records of the payments it makes under it. Notices. Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the contact persons named by each party; a notice sent by e-mail is received on the next business day after sending. Each party shall inform the other promptly of any change of its contact details. Entire agreement. This document, with its annexes and schedules, is the entire agreement of the parties on its subject and replaces any earlier proposals, quotations or correspondence. Amendments are valid only in writing signed by authorised representatives of both parties. If any provision is found invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

13.2 Site access. Provider's engineers visiting Customer's factories shall follow Customer's safety rules for kiln areas and production lines, wear the protective equipment provided and be accompanied by Customer's staff. Planned changes that affect the kiln-control network require Customer's written approval of a change request at least three business days before the change, except in an emergency declared by Customer.

13.3 Amendments must be in writing and signed by both parties.

13.4 Reporting. Provider shall send Customer a monthly service report showing availability per cluster, incidents by priority with response and restoration times, rule changes made, blocked threats and recommended improvements, and shall hold a review meeting with Customer's IT manager each quarter.

## Schedule 1 - Service Levels

| Priority | Definition | Response | Restoration | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Cluster down or a site without internet or VPN | 15 minutes | 2 hours | 5% of the Monthly Service Charge per hour late |
| Priority 2 | Loss of redundancy or degraded throughput | 30 minutes | 8 hours | 2% of the Monthly Service Charge per event |
| Priority 3 | Rule change request or minor fault | next business day | 3 business days | none |

Availability of each firewall cluster: 99.95% per calendar month. Credit: 10% of the Monthly Service Charge for each 0.1 percentage point below the target, up to half of that month's charge.

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 46,500 x 24 months | 1,116,000 |
| Onboarding Charge | one-time | 38,000 |
| **Total Contract Value** | | **1,154,000** |
"""

E05 = """CARD VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement number: SES-CN-2025-0217

THIS AGREEMENT is made between:

Shanghai Lujiazui Yunfu Financial Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Pudong New Area, Shanghai ("Customer"); and

Sestrunj Payment Data d.o.o., a company incorporated in Croatia with its registered seat on the island of Sestrunj (Otok Sestrunj), Zadar County, Croatia, acting through its Shanghai representative office ("Vendor").

BACKGROUND

Customer operates a consumer-instalment and merchant-payment platform and must verify that bank cards presented by its users are valid and belong to the named holder before binding them to user accounts. Vendor provides a card verification interface ("API") that checks card number, holder name, identity number and mobile number against the records of licensed clearing institutions and issuing banks. Customer wishes to subscribe to the API on the terms of this Agreement. At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Service" means access to the API, the sandbox environment, the management console and the support described in this Agreement and the Schedule.

1.2 "Subscription Year" means each successive period beginning on the Service Start Date or an anniversary of it.

1.3 "Service Start Date" means the date on which Customer signs the Integration Acceptance Note under clause 4.

1.4 "Customer Data" means all card, identity and mobile-number data submitted by Customer through the API and all verification results returned to Customer.

1.5 "Initial Term" means two (2) Subscription Years from the Service Start Date.

2. THE SERVICE

2.1 Vendor shall provide the Service to Customer during the Initial Term in accordance with the Schedule.

2.2 The Service includes up to 400,000 verification requests per month within the monthly Platform Fee. Requests above that volume are charged at the overage rate in the Schedule and are invoiced monthly.

2.3 Vendor shall keep the API compatible with the interface specification delivered at signature and shall give Customer at least 90 days' notice of any change that requires changes on Customer's side.

3. FEES AND PAYMENT

3.1 Customer shall pay the fees in the Schedule. The fixed fees for the Initial Term total CNY 792,000.

3.2 The Platform Fee is invoiced monthly in arrears. The Integration Fee is invoiced after the Integration Acceptance Note is signed.

3.3 No fee is payable before the Service Start Date. Invoices are payable within 30 days of receipt by bank transfer in CNY.

3.4 The fees are fixed for the Initial Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall provide sandbox access within five days after signature and support Customer's integration. Vendor shall complete its part of the integration, including the dedicated line and the certificate-based authentication, within 40 calendar days after signature.

4.2 Integration acceptance tests shall demonstrate that (a) all verification types in the interface specification return correct results on the agreed test card set; (b) the average response time is below 300 milliseconds and the slowest one per cent of requests below 1.5 seconds at 200 requests per second; (c) failover to the secondary data centre completes without lost requests; and (d) the monthly usage statement reconciles with Customer's request logs.

4.3 When the tests pass, Customer shall sign an Integration Acceptance Note. Production use before the Note is signed does not constitute acceptance.

4.4 If Vendor fails to complete its part of the integration by the date in clause 4.1, Vendor shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 Vendor shall meet the service levels in the Schedule, including API availability of 99.95% per calendar month and the incident response times stated there.

5.2 If Vendor misses a service level, Customer is entitled to the service credits in the Schedule, which Vendor shall deduct from the next invoice.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and shall not sell, disclose or use it for any other purpose.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement, including prices, the interface specification and Customer's transaction volumes, and shall not disclose it to any third party without prior written consent.

7.2 This clause survives the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API, the console and its documentation.

8.2 Integration code, test scripts and reconciliation tools written by Vendor specifically for Customer belong to Customer, who may use, modify and license them freely.

9. SUBCONTRACTING

Vendor shall not subcontract the Service or any part of it without Customer's prior written consent, other than its contracts with the clearing institutions and issuing banks that supply the verification records, which Customer approves by signing this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the fixed fees for the Initial Term.

10.2 Neither party is liable for indirect or consequential loss.

11. TERM AND ENDING

11.1 This Agreement begins on signature and continues until the end of the Initial Term. It does not renew automatically; any further period requires a new written agreement.

11.2 Neither party may terminate this Agreement before the end of the Initial Term. If Vendor fails to perform, Customer's remedies are the service credits under clause 5 and damages under clause 10, and Customer shall continue to pay the fees for the Initial Term.

11.3 Either party may suspend performance while the other party is subject to insolvency proceedings.

11.4 At the end of the Agreement, Vendor shall stop processing Customer Data and delete it within 30 days, except where the law requires it to be kept.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses in the Schedule.

13.2 Neither party may assign this Agreement without the prior written consent of the other.

13.3 This Agreement is made in English and Chinese, and both versions are equally authentic.

13.4 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, typhoons, epidemics or acts of government, provided it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. The time for performance is extended by the period of the event, and the event does not end the Agreement. Anti-bribery. Neither party shall offer or give any payment, gift, hospitality or other benefit to the employees or agents of the other party in order to obtain or keep business under this Agreement, and each party shall keep accurate records of the payments it makes under it. Notices. Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the contact persons named by each party; a notice sent by e-mail is received on the next business day after sending. Each party shall inform the other promptly of any change of its contact details. Entire agreement. This document, with its annexes and schedules, is the entire agreement of the parties on its subject and replaces any earlier proposals, quotations or correspondence. Amendments are valid only in writing signed by authorised representatives of both parties. If any provision is found invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

13.5 Compliance. Vendor confirms that the verification records it uses are obtained from licensed clearing institutions and issuing banks under written agreements, and Customer confirms that it obtains its users' consent before submitting their data for verification.

SCHEDULE - FEES, SERVICE LEVELS AND CONTACTS

A. FEES

Platform Fee: CNY 32,000 per month, including 400,000 verification requests per month. Twenty-four months in the Initial Term: CNY 768,000.

Integration Fee (dedicated line, certificates, test support): CNY 24,000, one-time.

Total fixed fees for the Initial Term: CNY 792,000.

Overage: CNY 0.09 per request above the monthly volume, not included in the fixed fees.

B. SERVICE LEVELS

API availability: 99.95% per calendar month, measured at Vendor's gateway, excluding maintenance windows notified five days in advance and scheduled between 01:00 and 05:00 Beijing time.

Priority 1 incident (API unavailable, or error rate above two per cent for more than ten minutes): response within 30 minutes, 24x7; restoration within two hours.

Priority 2 incident (degraded response times, one verification type unavailable): response within one hour; restoration within eight hours.

Priority 3 incident (console or reporting issue): response next business day.

C. SERVICE CREDITS

For each 0.1 percentage point of availability below the target: 5% of the monthly Platform Fee, up to half of that month's Platform Fee.

For each Priority 1 incident whose response or restoration time is missed: CNY 3,000.

D. CONTACTS

Customer: IT Operations Centre, on-call telephone and e-mail to be exchanged at signature.

Vendor: Support Desk, 24x7 hotline and e-mail to be exchanged at signature.

SIGNED for Customer: ____________________

SIGNED for Vendor: ____________________
"""

# ---------------------------------------------------------------- files, labels, checks

FILES = {  # key: (file name, format, language)
    "z01": ("h297z01_emergency_bureau_hazchem_monitoring_platform.pdf", "pdf", "zh"),
    "z02": ("h297z02_float_glass_annealing_lehr_control_retrofit.docx", "docx", "zh"),
    "z03": ("h297z03_gym_chain_membership_saas.txt", "txt", "zh"),
    "z04": ("h297z04_medical_insurance_settlement_om_service.txt", "txt", "zh"),
    "z05": ("h297z05_bean_paste_wms_supplier_template.md", "md", "zh"),
    "e01": ("h297e01_embroidery_stitch_software_greek_vendor.pdf", "pdf", "en"),
    "e02": ("h297e02_ropeway_ticketing_saas_order_form.md", "md", "en"),
    "e03": ("h297e03_mango_orchard_sensors_buyer_paper.docx", "docx", "en"),
    "e04": ("h297e04_tile_maker_managed_firewall_norway.md", "md", "en"),
    "e05": ("h297e05_card_verification_api_subscription.txt", "txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

BASE = {"availability_pct": None, "p1_response_hours": None, "sla_remedy": True, "ip_owner": "buyer",
        "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
        "ld_rate_per_day_pct": None, "liability_cap_pct": None, "prepayment_pct": None, "acceptance_clause": True,
        "final_payment_on_acceptance": None, "warranty_months": None, "post_warranty_fee_pct": None,
        "auto_renewal_price_increase": False, "termination_for_breach": True,
        "subcontract_without_consent": False, "governing_law": "PRC", "contract_kind": "service"}

# itemised prices (asserted against the totals written in the texts)
PRICE = {
    "z01": ([960000, 405600], [486000, 168400, 32000]),
    "z02": ([688000, 216000, 222000, 264000], [186000, 54000]),
    "z03": ([], [3 * 60 * 3600, 86000]),
    "z04": ([], [846000, 178000, 132000, 168000, 62000]),
    "z05": ([560000], [318000, 86000]),
    "e01": ([14 * 38600, 6 * 24500], [46000, 18600]),
    "e02": ([], [3 * 268000, 58000, 46000]),
    "e03": ([6 * 46800, 120 * 3650, 48 * 2900, 4 * 12600, 186000], [88600, 124000, 17000]),
    "e04": ([], [24 * 46500, 38000]),
    "e05": ([], [24 * 32000, 24000]),
}
VALUE = {k: sum(a) + sum(b) for k, (a, b) in PRICE.items()}
BASE_FEE = {k: sum(a) for k, (a, b) in PRICE.items()}

L = {  # per contract: (category, term overrides, extra overrides)
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                             post_warranty_fee_pct=8, contract_kind="goods_or_licence"), {"post_warranty_fee_capped": True}),
    "z02": ("hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, liability_cap_pct=50,
                             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                             post_warranty_fee_pct=9, contract_kind="goods_or_licence"), {"post_warranty_fee_capped": True}),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1,
                          liability_cap_pct=150, auto_renewal_price_increase=True), {}),
    "z04": ("services", dict(availability_pct=99.8, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                             subcontract_without_consent=True), {}),
    "z05": ("software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                             warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None,
                             governing_law=None, contract_kind="goods_or_licence"),
            {"ld_stated": False, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": True}),
    "e01": ("software", dict(sla_remedy=False, ld_rate_per_day_pct=900 / 752000 * 100, liability_cap_pct=150,
                             prepayment_pct=None, final_payment_on_acceptance=True, warranty_months=18,
                             post_warranty_fee_pct=11, governing_law="Greece", contract_kind="goods_or_licence"),
            {"sla_clause": False, "post_warranty_fee_capped": True}),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                          ld_rate_per_day_pct=700 / 908000 * 100, liability_cap_pct=16.6667, governing_law="Estonia"), {}),
    "e03": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
                             contract_kind="goods_or_licence"), {"post_warranty_fee_capped": True}),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=800 / 1154000 * 100,
                             liability_cap_pct=150, governing_law="Norway"), {}),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                          ld_rate_per_day_pct=500 / 792000 * 100, liability_cap_pct=200,
                          termination_for_breach=False), {}),
}

EXPECTED = {
    "z01": [], "e03": [], "e04": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "e05": ["CR-DATA-SECURITY", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
FOREIGN_FORUM = {"e01", "e02", "e04"}  # courts in Greece / Estonia / Norway
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def label(key):
    cat, terms, extra = L[key]
    t = dict(BASE, **terms)
    x = {"sla_clause": True, "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = extra.get("post_warranty_fee_capped")
    x["acceptance_deemed_on_delivery"] = False
    x.update({k: v for k, v in extra.items() if k != "post_warranty_fee_capped"})
    x["contract_value"] = VALUE[key]
    x = {k: x[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                           "contract_value"] if k in x}
    return cat, t, x


def tco(key, t):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    fee = BASE_FEE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    total = VALUE[key] + fee * years
    return total, fee * years / total * 100


def rules(key, t, x):
    """policy.md section 3 applied to my own labels (a cross-check of the hand list, not the project's code)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    tc = tco(key, t)
    if tc and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rs):
    sev = [SEVERITY.get(r, "medium") for r in rs]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scans
F = r"(?<![\d.])"
PATTERNS = {
    "availability 99.9": [r"99[.．]9(?!\d)"],
    "P1 4 hours": [F + r"4\s*(?:个)?(?:小时|hours?\b|hrs?\b|-hour|h\b)", r"(?<![十\d])四\s*个?小时",
                   r"(?<![-\w])four[\s-]*(?:business\s+)?hours?", F + r"240\s*(?:分钟|minutes?)", r"二百四十分钟"],
    "LD 0.05 %": [F + r"0[.．]05\s*(?:[%％]|per\s*cent)", r"万分之五"],
    "cap 100 %": [F + r"100\s*(?:[%％]|per\s*cent)", r"百分之(?:一)?百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [F + r"30\s*(?:[%％]|per\s*cent)", r"百分之三十", r"三成", r"(?<![-\w])thirty\s+per\s*cent"],
    "warranty 12 months": [F + r"12\s*(?:个月|months?\b|-month)", r"(?<![一二三四五六七八九])十二个月", r"twelve[\s-]*months?",
                           r"(?<![\w-])one[\s-]*(?:\(1\)\s*)?year", F + r"1\s*(?:年|years?\b|-year)", r"一年"],
    "post-warranty 15 %": [F + r"15\s*(?:[%％]|per\s*cent)", r"百分之十五", r"(?<![-\w])fifteen\s+per\s*cent"],
    "TCO 40 %": [F + r"40\s*(?:[%％]|per\s*cent)", r"百分之四十", r"四成", r"(?<![-\w])forty\s+per\s*cent"],
    "5 years / 60 months": [F + r"5\s*(?:年|years?\b|-year)", r"(?<![十\w])五年", r"(?<![\w-])five[\s-]*(?:\(5\)\s*)?years?",
                            F + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"sixty[\s-]*months?"],
}
MUST_HIT = ["99.9%", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "三成", "百分之三十", "12个月", "十二个月", "12 months", "twelve months", "one year", "一年",
            "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "five years", "60个月", "60 months", "1 year"]
MUST_NOT = ["24小时", "二十四小时", "twenty-four hours", "24 hours", "99.95%", "115%", "0.15%", "四十二个月",
            "2025年", "14小时", "0.055%", "130%", "2015年", "120个月", "1.5年", "36个月", "0.5 hours", "140%",
            "215%", "24 months", "45 days", "25年", "1,154,000", "240,000"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in PATTERNS.items():
            for p in pats:
                for m in re.finditer(p, variant, re.I):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("should hit", s)
    for s in MUST_NOT:
        assert not scan(s), ("should not hit", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (n, kind) for k, (n, kind, _) in FILES.items() if kind in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind, _) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, kind, lang) in FILES.items():
        cat, t, x = label(k)
        rs = rules(k, t, x)
        assert rs == sorted(EXPECTED[k]), (k, rs, EXPECTED[k])
        fired |= set(rs)
        # derived values off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] not in (12, 60) and t["post_warranty_fee_pct"] != 15
        tc = tco(k, t)
        assert tc is None or abs(tc[1] - 40) > 0.5
        # the total price is written in the text
        v = "{:,}".format(VALUE[k])
        assert v in SOURCES[k], (k, v)
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for h in scan(text) + scan(SOURCES[k]):
            problems.append("%s threshold figure %s" % (k, h))
        lab = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
               "expected_rules": rs}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%-58s %5d %-6s %s%s" % (name, n, risk(rs), ", ".join(r[3:] for r in rs) or "(none)",
                                       "" if tc is None else "  TCO %.0f share %.1f %%" % tc))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    assert sorted(len(EXPECTED[k]) == 0 for k in EXPECTED).count(True) == 2
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
