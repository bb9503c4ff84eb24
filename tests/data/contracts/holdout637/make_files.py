"""holdout637: builds the ten blind held-out draft contracts and their .json labels, then asserts the brief's checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py (PDF lines broken at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 民航机场噪声监测平台 (pdf, 第X条 + 1.1)
Z01 = r"""
T:临澜机场噪声监测平台软件许可及定制开发合同
P:合同编号：LLJC-2026-ZS-031
P:采购项目编号：LLCG-2026-0417（公开招标）
P:甲方（采购人）：临澜市民用机场管理中心
P:乙方（供应商）：声衡环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就临澜机场噪声监测平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供机场噪声监测平台软件（以下称"平台软件"）的永久使用许可，并完成定制开发、部署实施、数据迁移和培训，使平台达到本合同及招标文件规定的功能和性能要求。
P:1.2 合同总价为人民币壹佰玖拾陆万陆仟元整（¥1,966,000），其中：平台软件许可费¥1,180,000；定制开发费¥642,000，包括航迹与噪声事件自动关联、噪声投诉受理与回复、飞行程序噪声评估报表、与空管雷达数据及自动气象观测系统的接口；部署实施及数据迁移费¥118,000；培训费¥26,000。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再支付其他任何费用。
H:第二条 交付与进度
P:2.1 乙方应于合同签订后六十日内完成平台软件部署及基础配置，一百五十日内完成全部定制开发功能并提交初验申请。
P:2.2 乙方应按甲方批准的实施方案组织工作，每两周提交书面进度报告。进入机场控制区作业的人员应办理通行证件，遵守甲方安全管理规定。
P:2.3 噪声监测终端使用甲方既有的十八个监测点设备，乙方负责终端数据接入、时钟同步与校核，接入清单见附件一。
P:2.4 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册和源代码等文档，文档内容应与交付系统一致。
P:2.5 乙方应为甲方提供不少于三期的操作及运维培训，每期不少于两天，培训教材由乙方编制并交付甲方。
H:第三条 付款方式
P:3.1 合同生效后，甲方收到乙方开具的合法发票之日起十五个工作日内，支付合同总价的20%作为预付款。
P:3.2 初验合格后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 各期款项按政府采购资金支付程序通过国库集中支付办理，乙方应提前提供付款所需材料。
H:第四条 验收
P:4.1 初验在试运行开始前进行，内容包括功能清单逐项测试、与空管雷达和气象系统的接口联调，以及历史噪声数据迁移的逐条核对。
P:4.2 初验合格后进入六十日试运行。最终验收标准为：（1）噪声事件与航迹自动关联正确率不低于95%；（2）每日噪声统计报表在次日8时前自动生成；（3）500个并发用户下页面平均响应时间不超过3秒；（4）试运行期间未发生一级故障；（5）通过第三方软件测评及网络安全等级保护测评。
P:4.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担。
P:4.4 验收由甲方组织，可邀请行业专家参加，验收结论以双方签字的验收报告为准。
H:第五条 质量保证与维护
P:5.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程技术支持和每季度一次的现场巡检。
P:5.2 质保期满后，甲方可选择向乙方购买年度维护服务。年度维护费不超过平台软件许可费的9%（即¥106,200），且自质保期满起三年内不予上调，服务内容不低于质保期标准。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%。计划内维护应提前三个工作日告知甲方，并安排在夜间航班间隙进行。
P:6.2 一级故障（平台整体不可用或噪声数据中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）应在1小时内响应，两个工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减款从应付款或履约保证金中抵扣。
P:6.4 乙方应每月向甲方提交平台运行报告，列明可用率、故障及处理情况和改进措施。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，甲方获得永久、不可撤销的使用许可，许可范围覆盖甲方全部业务用户。
P:7.2 为本项目定制开发的程序、接口、报表模板及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。乙方应在最终验收时移交完整源代码。
P:7.3 乙方保证交付成果不侵犯任何第三方的合法权益；因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的噪声监测数据、航迹数据、投诉人信息等全部数据属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据复制出甲方网络，对投诉人个人信息进行加密存储和脱敏展示。
P:8.3 发生或可能发生数据安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露、损毁或丢失的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方空域使用、航班计划、设施布局等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而免除，在本合同终止后继续有效五年。
H:第十条 履约保证金与违约责任
P:10.1 乙方应在合同签订后十日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:10.2 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.3 乙方逾期超过六十日的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.4 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。确需将非主体、非关键部分分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 年度维护服务按年签订，期满即终止，不自动续期。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并盖章之日起生效。
P:14.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:附件一：噪声监测终端接入清单；附件二：功能需求清单；附件三：实施计划。
P:甲方（盖章）：____________ 乙方（盖章）：____________
"""

# z02 光纤厂拉丝塔控制系统改造 + 维保 (docx, 第X条, Word price table)
Z02 = r"""
T:拉丝塔控制系统改造及维保合同
P:合同编号：HXGX-SB-2026-088
P:甲方（买方）：汇芯光纤光缆有限公司
P:乙方（卖方）：苏川智控工程技术有限公司
P:甲方厂址：江苏省苏州市吴江区光电产业园。
P:甲方为提升光纤拉丝塔的直径控制精度和运行稳定性，委托乙方对一号至四号拉丝塔的控制系统实施改造，包括设备供货、工艺控制软件许可、安装调试和质保期满后的维保服务。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 供货范围与合同价款
P:1. 乙方按下表提供设备和软件，并负责安装、调试、工艺联调和培训。设备均为全新原厂产品，型号和技术参数以附件一技术协议为准。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|拉丝塔控制柜（含PLC及触摸屏）|4套|186,000|744,000
TB:2|裸纤直径在线测控仪|8台|38,500|308,000
TB:3|收线张力控制模块|4套|42,000|168,000
TB:4|拉丝工艺控制软件许可（永久）|4套|65,000|260,000
TB:5|数据采集服务器|2台|48,000|96,000
TB:|设备及软件小计|||1,576,000
TB:6|停塔改造安装调试|1项|168,000|168,000
TB:7|工艺联调|1项|74,000|74,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||1,840,000
P:2. 合同总价为人民币壹佰捌拾肆万元整（¥1,840,000），含13%增值税、运输、保险、安装和技术服务费用。
P:3. 设备随机备品备件、专用工具和中文技术资料随设备一并交付，费用已包含在合同总价中。
H:第二条 交货与改造安排
P:1. 乙方应在合同生效后七十五日内将全部设备运抵甲方厂区，并提供装箱单、合格证和出厂检验报告。
P:2. 改造按一塔一停的方式分批实施，每座拉丝塔的停塔改造时间不超过十天，具体时间由甲方根据生产计划书面确定。
P:3. 乙方应在全部设备到货后九十日内完成四座拉丝塔的改造和工艺联调，并提交验收申请。
P:4. 乙方现场作业应遵守甲方洁净车间和安全生产管理制度，动火、登高作业须办理作业票，乙方人员的安全责任由乙方承担。
P:5. 改造期间乙方应保留原控制系统的回退条件，单塔调试不成功的，应在一日内恢复原系统运行。
P:6. 乙方应指派具有光纤拉丝控制经验的项目经理，未经甲方同意不得更换。
H:第三条 付款方式
P:1. 合同生效后十五日内，甲方支付合同总价的10%作为预付款。
P:2. 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货签收和安装完毕不视为验收合格。
P:3. 最终验收合格后，甲方支付合同总价的35%。
P:4. 余款5%作为质量保证金，质保期满且乙方无未了责任的，甲方无息支付。
P:5. 乙方在每次收款前开具等额增值税专用发票。
P:6. 甲方有权从应付款中扣除乙方应付的违约金和扣减款。
H:第四条 验收
P:1. 每座拉丝塔改造后进行单塔验收，全部完成后进行最终验收。
P:2. 验收标准：（1）裸纤直径波动控制在±0.3微米以内；（2）拉丝速度在设计范围内切换时张力稳定，无断纤；（3）连续七十二小时生产运行无控制系统故障；（4）工艺参数和报警记录可完整追溯，采集数据无缺失；（5）操作人员经培训考核合格。
P:3. 设备到货、安装或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并承担费用。
P:4. 单塔验收合格的，由双方签署单塔验收单；全部单塔验收合格并连续生产满三十日后，甲方组织最终验收并签署最终验收报告。
H:第五条 质量保证与维保服务
P:1. 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修复和版本升级。
P:2. 质保期满后，乙方按年提供维保服务，年度维保费按设备及软件小计的7%计取（即每年¥110,320），该费率自质保期满起三年内保持不变。维保服务内容包括定期巡检、备件支持、软件升级和故障处理。
P:3. 乙方应在甲方所在地储备关键备件，备件清单见附件二。
P:4. 质保期内同一部件累计维修两次仍不能正常工作的，乙方应免费更换同型号新品，更换部件的质保期重新计算。
H:第六条 服务响应
P:1. 一级故障（拉丝塔停机或直径失控）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复生产；二级故障应在2小时内响应，次日内修复。
P:2. 乙方未按时响应或到场的，每超时一小时，甲方可从应付款或质量保证金中扣减人民币800元。
P:3. 乙方应设立服务热线并指定常驻项目经理，每季度提交一次设备运行分析报告。
P:4. 二级及以下故障可通过远程方式处理，远程处理须按第八条规定进行。
P:5. 乙方应为甲方培训操作人员不少于二十名、维护人员不少于六名，培训后进行考核。
H:第七条 知识产权
P:1. 拉丝工艺控制软件的著作权归乙方所有，甲方获得永久使用许可。
P:2. 为本项目编制的PLC程序、人机界面画面、工艺配方模板和接口程序，知识产权归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
P:3. 乙方保证交付的设备和软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责解决并承担费用。
H:第八条 数据安全与保密
P:1. 拉丝工艺参数、生产记录和质量数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:2. 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，不得擅自复制或带出生产数据。发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或损失的，乙方承担赔偿责任。
P:3. 双方对履约中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第九条 违约责任
P:1. 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:2. 因乙方原因导致拉丝塔非计划停产的，乙方应赔偿甲方由此造成的直接损失。
P:3. 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:4. 乙方交付的设备或软件不符合约定的，甲方有权要求更换、修理或退货，由此产生的费用和延误由乙方承担。
P:5. 违约金不足以弥补甲方损失的，乙方应予补足。
H:第十条 分包
P:1. 乙方可将电缆敷设、柜体就位等辅助安装工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包工作承担全部责任。
H:第十一条 合同解除
P:1. 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:2. 维保服务按年度执行，期满后双方另行签订，不自动续期。
P:3. 合同解除后，乙方应配合甲方完成已安装设备和软件的交接，保证拉丝塔可恢复原控制系统运行。
H:第十二条 不可抗力
P:1. 因地震、台风等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任。
H:第十三条 法律适用与争议解决
P:1. 本合同适用中华人民共和国法律。
P:2. 因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:第十四条 其他
P:1. 附件一技术协议、附件二备件清单为本合同组成部分。
P:2. 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:3. 本合同未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：____________ 乙方（盖章）：____________
"""

# z03 连锁生鲜 进销存及会员 SaaS + 实施, two 服务年度 (txt, 一、/（一）/1.)
Z03 = r"""鲜邻里连锁门店进销存及会员管理云服务合同

合同编号：XLL-IT-2026-014
甲方（客户）：鲜邻里生鲜连锁超市有限公司
地址：浙江省杭州市余杭区良渚街道物流园路8号
乙方（服务商）：云仓互联软件有限公司
地址：江苏省南京市雨花台区软件大道66号

甲方在华东地区经营六十家生鲜门店，为统一管理门店库存、采购补货和会员营销，决定采用乙方提供的"云仓零售"进销存及会员管理云服务（以下称"云服务"），并委托乙方完成实施上线。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

一、服务内容与服务期限
（一）乙方以软件即服务方式向甲方提供云服务，包括门店进销存、生鲜损耗管理、采购补货、会员积分与储值、营销券、总部报表等模块，功能清单见附件一。
（二）乙方负责实施服务，包括系统配置、六十家门店收银及电子秤对接、历史商品和会员数据迁移、操作培训及上线支持。
（三）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为一年。
（四）乙方在甲方门店新增或关闭时，按实际开通门店数调整订阅费，调整单价与本合同单价相同。
（五）乙方应为甲方指定专属客户成功经理，负责需求对接、使用培训和季度业务回顾。

二、合同价款
（一）合同总额为人民币壹佰零肆万元整（¥1,040,000），明细如下：
1. 门店订阅费：60家 × 5,800元/店/年 × 2个服务年度 = 696,000元；
2. 总部及会员中心模块订阅费：86,000元/年 × 2个服务年度 = 172,000元；
3. 实施费（一次性）：138,000元；
4. 数据迁移及培训费（一次性）：34,000元。
（二）上述价款含税，包括云资源、短信通道基础用量、日常运维和版本升级费用。短信超出基础用量部分按附件二单价另行结算，不计入合同总额。

三、付款方式
（一）实施费和数据迁移及培训费合计172,000元，在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按服务季度结算，每个服务季度结束后十五个工作日内，甲方按季度订阅费108,500元支付。
（三）乙方应在每次收款前开具合规的增值税专用发票。甲方不向乙方支付任何预付款。
（四）甲方有权从应付款项中扣除乙方应付的违约金及服务补偿。

四、实施与上线验收
（一）乙方应在合同签订后九十日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 附件一所列功能逐项测试通过；
2. 迁移后的商品、库存和会员数据经抽样及总数核对一致，会员储值余额逐户核对无差异；
3. 六十家门店收银、电子秤和总部报表连续运行十五日，单据传输无丢失；
4. 高峰时段收银单笔处理时间不超过2秒。
（三）甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。门店试用、开通账号或甲方付款，均不视为上线验收合格。
（四）实施逾期的，每逾期一日，乙方按合同总额的千分之一向甲方支付违约金。
（五）上线验收不合格的，乙方应在十日内完成整改并重新提交验收，整改期间不免除其逾期责任。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划维护应安排在凌晨零时至六时，并提前两个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障（多家门店无法收银或会员系统整体不可用）：30分钟内响应，2小时内恢复；
2. 二级故障（单店无法收银或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询或不影响营业的问题）：一个工作日内答复。
（三）服务补偿：月度可用率未达到承诺值的，乙方按当月订阅费的5%向甲方提供服务补偿；一级故障恢复每超时一小时，再补偿当月订阅费的1%。补偿从下一期订阅费中抵扣。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理结果。
（五）乙方提供全天候服务热线和在线工单系统，工单处理情况可在系统中实时查询。
（六）乙方应在每次版本升级前五个工作日通知甲方，升级不得导致已上线功能和数据接口失效。

六、知识产权
（一）云服务平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方专门开发的报表、数据接口程序和门店配置模板，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
（三）乙方保证云服务及交付成果不侵犯第三方知识产权；因侵权导致甲方被索赔的，乙方负责处理并赔偿甲方损失。

七、数据安全与数据权属
（一）甲方在云服务中录入或产生的商品、库存、交易和会员数据归甲方所有。
（二）乙方应将数据存储在中国境内的云数据中心，采取加密存储、访问控制、操作日志和每日备份等安全措施，会员个人信息按《中华人民共和国个人信息保护法》处理。
（三）发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据泄露、丢失或损毁的，乙方赔偿甲方全部损失。
（四）乙方可对甲方数据进行脱敏和汇总处理，用于行业分析、产品改进及向其他客户提供的零售指数服务，该等脱敏汇总数据的权利归乙方。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除其保存的数据副本。
（六）乙方应每年委托具备资质的机构进行安全评估，并向甲方提供评估结论摘要；平台应通过网络安全等级保护三级测评。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方员工接触甲方数据前应签署保密承诺书。保密义务在本合同终止后三年内继续有效。

九、分包
乙方不得将本合同项下的服务转包。确需将门店设备对接等现场工作分包的，应事先取得甲方书面同意，并对分包方的行为负责。

十、续期
服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时公布的价格体系调整订阅费单价，并于续期前十五日通知甲方。

十一、违约与合同解除
（一）一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。
（二）乙方严重违约，或云服务连续两个月未达到可用率承诺，经甲方书面通知后十五日内未改正的，甲方有权解除本合同，乙方应退还已付但未使用服务期的费用。
（三）甲方逾期付款超过六十日，经乙方催告后仍未支付的，乙方可暂停服务，但应提前十日书面通知甲方。
（四）合同终止或解除后，乙方应协助甲方将数据和业务平稳迁移至甲方指定系统，协助期不少于三十日，期间服务费按原价格计算。

十二、不可抗力
因自然灾害、公共卫生事件、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、其他
（一）附件一功能清单、附件二短信单价为本合同组成部分。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（三）双方通知以书面形式送达本合同载明的地址或电子邮箱，一方变更联系方式的应及时通知对方。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# z04 体彩中心 销售管理系统 年度运维服务 (txt, 第X条 + （一）)
Z04 = r"""体育彩票销售管理系统年度运维服务合同

项目名称：省体育彩票销售管理系统2026年度运维服务
采购方式：竞争性磋商（项目编号：QZCG-2026-C-0219）
甲方（采购人）：青州省体育彩票管理中心
乙方（成交供应商）：华衡信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就体育彩票销售管理系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象为甲方体育彩票销售管理系统，包括销售前置系统、渠道管理、站点管理、资金结算、报表统计等子系统，以及相关服务器、存储、数据库和中间件，设备清单见附件一。
（二）服务内容包括：驻场运维、远程及二线技术支持、季度巡检与健康评估、备件及应急保障、网络安全等级保护测评配合。
（三）服务期自2026年3月1日起至2027年2月28日止。服务期满，甲方依法重新组织采购，本合同不自动续期。
（四）乙方应指定一名项目经理统筹本项目运维工作，项目经理应具有信息系统项目管理师资格。

第二条 服务价款
（一）合同总价为人民币柒拾万零捌仟元整（¥708,000），包括：驻场运维服务费396,000元（驻场工程师二名）；远程及二线技术支持费148,000元；季度巡检与健康评估费74,000元（四次，每次18,500元）；备件及应急保障费62,000元；等保测评配合费28,000元。
（二）合同总价为固定总价，包括人员、差旅、工具、备件、税费等全部费用。

第三条 付款方式
（一）服务费按季度支付，每季度177,000元。每个服务季度结束且季度考核完成后十五个工作日内，甲方根据考核结果支付当季服务费。
（二）乙方应在付款前开具合法发票。本合同不设预付款。
（三）按第七条计算的扣减款在当季服务费中扣除。
（四）乙方收款账户以乙方书面确认的开户行及账号为准，变更账户应提前书面通知甲方。

第四条 驻场与人员要求
（一）乙方应于服务期开始之日起安排二名驻场工程师到岗，工程师应具有数据库或中间件专业认证及三年以上同类系统运维经验。
（二）驻场工程师工作时间覆盖全部销售时段，节假日及重大赛事期间按甲方要求加强值守。
（三）乙方更换驻场工程师应提前十日书面告知甲方并经甲方认可，交接期不少于五个工作日。
（四）乙方人员应遵守甲方机房管理、门禁和操作审批制度，所有生产操作须经甲方审批并通过堡垒机进行。
（五）乙方应为驻场工程师缴纳社会保险，驻场人员的人身安全和劳动纠纷由乙方负责。

第五条 运维工作要求
（一）日常监控：对系统运行状态、交易量、接口状态和安全告警进行实时监控，每日出具运行日报。
（二）季度巡检：每季度对主机、存储、数据库和中间件进行一次全面巡检，出具健康评估报告和优化建议。
（三）变更管理：系统变更应编制方案和回退计划，经甲方批准后在非销售时段实施。
（四）应急保障：制定应急预案，每半年组织一次应急演练，并配合甲方完成灾备切换演练。
（五）备件保障：乙方应在甲方所在地储备附件一所列关键备件，故障备件应在8小时内到场更换。
（六）补丁管理：跟踪数据库、中间件和操作系统的安全补丁，评估后提出升级建议，经甲方批准后实施。
（七）运维文档：建立并持续更新配置台账、变更记录和故障台账，每月向甲方提交运维月报。

第六条 服务水平
（一）销售时段内，销售管理系统可用率不低于99.95%，按月统计。
（二）故障分级及时限：
1. 一级故障（全省或多个地市销售中断）：15分钟内响应，30分钟内到场，1小时内恢复销售；
2. 二级故障（单个地市销售中断或结算异常）：30分钟内响应，2小时内恢复；
3. 三级故障（个别功能异常，不影响销售）：2小时内响应，次日内解决。
（三）乙方应在故障处理完毕后两个工作日内提交故障分析报告。
（四）重大赛事、开奖日等重要时段，乙方应提前制定保障方案，安排专人现场值守。

第七条 服务考核与扣减
（一）甲方每季度根据附件二考核细则对乙方服务进行考核，考核内容包括可用率、故障响应与恢复、巡检报告、运行日报和人员到岗情况。
（二）一级故障响应或恢复每超时十分钟，扣减当季服务费2,000元；二级故障每超时半小时，扣减1,000元。
（三）月度可用率每低于承诺值0.01个百分点，扣减当季服务费3,000元。
（四）驻场工程师无故缺岗的，每人每日扣减1,500元。

第八条 服务验收
（一）季度考核结果即为当季服务验收结论，考核得分八十五分以上的为合格。
（二）服务期满后十五个工作日内，甲方组织年度服务验收，验收内容包括全年可用率、故障处理记录、巡检报告、应急演练记录和运维文档移交情况。
（三）乙方应在年度验收时移交运维手册、配置清单、应急预案及全部运维脚本。
（四）年度服务验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方可扣减末季服务费并记录其履约评价。

第九条 数据安全
（一）系统中的销售数据、站点数据、资金结算数据及日志均属于甲方所有，乙方仅可为履行运维职责访问，不得用于任何其他目的，不得复制、留存或向任何第三方提供。
（二）乙方应遵守《中华人民共和国数据安全法》和彩票管理有关规定，落实最小权限、双人复核和操作审计要求，严禁在生产环境外存放任何业务数据。
（三）发生或可能发生数据安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部赔偿责任，并承担由此产生的监管处罚。
（四）服务期满或合同终止时，乙方应交回全部账号和介质，并书面确认未留存甲方数据。

第十条 知识产权
乙方在服务期间为甲方编写的运维脚本、监控配置、巡检报告和运维文档，知识产权归甲方所有，甲方可自行使用、修改或交由后续服务商使用。

第十一条 违约责任
（一）乙方未按约定日期开始驻场服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未履行本合同其他义务的，应按第七条承担扣减责任；扣减不足以弥补甲方损失的，乙方应赔偿差额部分。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

第十二条 分包与转包
乙方不得将本合同项下的服务全部或部分分包、转包给任何第三方。

第十三条 合同的变更与解除
（一）合同履行中需要变更服务内容的，双方应签订书面补充协议。
（二）合同有效期内，除双方协商一致或因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及附件一设备清单、附件二考核细则，均为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，按磋商文件及有关法律规定执行。

甲方（盖章）：                    乙方（盖章）：
签约日期：                        签约日期：
"""

# z05 木耳合作社 分级线软件许可 + 定制开发, supplier's template (md, "## 第X条", markdown price table)
Z05 = r"""# 软件许可及技术服务合同

> 慧耳智能标准合同文本（版本号：HE-LIC-2025 V1.4）

合同编号：HE-2026-0307

甲方（用户）：东宁县黑金木耳种植专业合作社

乙方（许可方）：慧耳智能科技有限公司

甲方拟在其木耳加工车间的两条分选线上使用乙方"耳鉴"视觉分级软件，并委托乙方按甲方收购和出口分级标准进行定制开发。双方经友好协商，依据《中华人民共和国民法典》签订本合同，以资共同遵守。

## 第一条 定义

1.1 "许可软件"指乙方享有著作权的"耳鉴"视觉分级软件V3系列及其随附的算法模型和文档。

1.2 "定制成果"指乙方为本合同开发的等级标准模型、分级参数配置、溯源平台对接程序及相关文档。

1.3 "上线运行"指许可软件及定制成果在甲方分选线上安装完毕并开始分级作业。

1.4 "许可期限"指自许可软件交付之日起的永久期限，但甲方违反本合同约定的除外。

## 第二条 合同标的与价款

2.1 乙方向甲方授予许可软件在两条分选线上的永久、非独占、不可转让的使用许可，并提供定制开发、部署调试和培训服务。

2.2 合同价款如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | "耳鉴"视觉分级软件许可（单线永久许可） | 2 | 168,000 | 336,000 |
| 2 | 定制开发（等级标准模型、分级参数、溯源平台对接） | 1项 | 96,000 | 96,000 |
| 3 | 部署调试 | 1项 | 24,000 | 24,000 |
| 4 | 操作培训 | 1项 | 8,000 | 8,000 |
| | 合计 | | | 464,000 |

2.3 合同总价为人民币肆拾陆万肆仟元整（¥464,000），含增值税。分选线相机、光源、输送机构等硬件由甲方另行采购，不在本合同范围内。

2.4 合同签订后因甲方需求变更增加的工作量，按每人日2,800元另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币301,600元。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的35%，即人民币162,400元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署和技术支持工作，工期相应顺延。

3.4 乙方在收到款项后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十个工作日内完成定制开发和部署调试。因甲方场地、硬件或样品准备不到位导致的延误，工期相应顺延。

4.2 甲方应在部署前提供不少于五千张经人工分级的木耳样品图片，作为模型训练和调试依据。

4.3 软件安装调试完成并上线运行之日，即视为甲方验收合格。甲方在上线运行后对软件提出的问题，由乙方按第六条在维护期内处理。

4.4 乙方应在上线运行时向甲方交付安装介质、操作手册和许可证书（电子版）。

4.5 乙方为甲方操作人员提供一次集中培训，培训人数不超过十人，超出部分另行收费。

## 第五条 知识产权

5.1 许可软件的著作权及其他知识产权归乙方所有。

5.2 定制成果（包括等级标准模型、训练后的模型参数、分级参数配置和对接程序）的知识产权均归乙方所有。甲方在许可期限内享有在本合同约定的两条分选线上使用定制成果的权利，未经乙方书面许可，甲方不得修改、复制、反编译定制成果或将其提供给任何第三方使用。

5.3 乙方有权将定制成果中的通用技术用于乙方其他产品和项目。

5.4 甲方不得以任何方式对许可软件进行反向工程，或删除软件中的权利标识。

## 第六条 维护服务

6.1 自上线运行之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。年度维护费按软件许可费的26%计取，即每年人民币87,360元，在每个维护年度开始前支付。

6.3 维护期内，甲方报告的一级故障（分选线无法分级）乙方在8小时内响应；其他问题在三个工作日内响应。乙方优先通过远程方式处理，确需现场服务的，差旅费用由甲方承担。

6.4 因甲方操作不当、硬件故障、擅自修改软件或环境变化引起的问题，不属于维护范围，乙方可另行收费。

6.5 乙方发布的新版本，免费维护期内甲方可免费升级；维护期满后未签订维护协议的，甲方不享有升级权利。

6.6 乙方不保证软件运行无中断或无错误，分级结果仅供甲方参考，最终等级判定由甲方负责。

## 第七条 甲方义务

7.1 甲方应按时支付合同价款，并为乙方人员提供必要的工作场所、网络和电力条件。

7.2 甲方应指定专人负责项目对接，及时确认分级标准和样品。

7.3 甲方应按照乙方提供的操作手册使用软件，不得在许可范围以外的分选线上安装使用许可软件。

7.4 甲方应自行做好分级数据的备份。

7.5 甲方应安排人员配合现场调试，调试期间保证分选线可连续运行。

## 第八条 数据安全

8.1 甲方在使用软件过程中产生的分级记录、图片和批次溯源数据归甲方所有，乙方仅为提供本合同服务而使用。

8.2 乙方远程维护时应通过甲方认可的方式接入，采取必要的技术措施保护甲方数据安全，不得擅自复制或对外提供甲方数据。

8.3 因乙方原因发生数据泄露、丢失的，乙方应及时通知甲方、采取补救措施，并依法承担相应责任。

## 第九条 保密

9.1 双方对在合同履行过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。

9.2 本条规定在合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方逾期完成部署调试的，每逾期一日，按合同总价的万分之六向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，乙方不对甲方的间接损失、利润损失或产品降级损失承担责任。

10.4 乙方对因硬件、网络或甲方原料原因造成的分级错误不承担责任。

## 第十一条 合同的解除

11.1 一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 本合同解除后，甲方应停止使用尚未付清款项部分对应的许可软件和定制成果。

11.3 合同解除不影响乙方已收取款项，甲方已支付的首期款不予退还。

## 第十二条 不可抗力

因自然灾害、疫情、电力中断等不可抗力导致合同不能履行的，双方互不承担责任，但应及时通知对方并提供证明。不可抗力持续超过六十日的，任何一方可书面通知解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

14.3 乙方的通知可通过电子邮件、短信或在软件界面发布的方式送达甲方。

14.4 本合同附件：附件一 许可软件功能说明；附件二 定制开发需求说明；附件三 维护服务说明。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

签约日期：　　　　　　　　　　　　签约日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 perpetual licence + services, Durban vendor, vendor's own law (pdf, Article N with N.N)
E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. USS-CN-2026-007
P:This Agreement is made between Guangxi Nanning Cane Sugar Refining Co., Ltd., a company organised in the People's Republic of China with its registered office in Nanning, Guangxi (the "Buyer"), and Umgeni Sugar Systems (Pty) Ltd, a company registered in South Africa with its principal office at 41 Mahatma Gandhi Road, Durban (the "Supplier").
P:The Supplier develops the CaneWise asset performance management software used by sugar mills to plan maintenance, monitor critical equipment and analyse downtime. The Buyer wishes to license CaneWise for its three mills and to engage the Supplier to configure, integrate and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CaneWise software, version 8, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, mill-specific equipment hierarchies, interface programs, reports and related documentation that the Supplier prepares for the Buyer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used in production at all three mills.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software for the Buyer, including equipment, maintenance, production and personnel data.
H:Article 2 Licence
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's three mills in Guangxi and at its head office, for an unlimited number of named users employed by the Buyer or its affiliates.
P:2.2 The Buyer may make copies of the Software for backup, testing, disaster recovery and training. The Buyer shall not resell the Software or reverse engineer it except as permitted by law.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,882,000, made up as follows: Software Licence Fee CNY 1,260,000; configuration and interfaces to the Buyer's ERP, DCS and laboratory systems CNY 384,000; implementation and data migration CNY 196,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. It includes all taxes, travel and living expenses of the Supplier's personnel and all support during the warranty period.
H:Article 4 Delivery and Implementation
P:4.1 The Supplier shall deliver the Software within 20 days after signature and shall complete configuration, interfaces, migration and training so that Go-Live occurs no later than 150 days after signature.
P:4.2 The Supplier shall provide a project manager fluent in Chinese or supported by a qualified interpreter, and shall submit a written progress report every two weeks.
P:4.3 Work at the mills shall be scheduled around the cane crushing season as agreed in the implementation plan. The Supplier's personnel on site shall follow the Buyer's safety rules.
P:4.4 Training shall cover maintenance planners, reliability engineers and system administrators at each mill, with course materials in Chinese supplied to the Buyer for its internal use.
P:4.5 If the Supplier fails to achieve Go-Live by the date in Article 4.1 for reasons attributable to it, the Supplier shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The Buyer may deduct delay damages from any payment due.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a trial period of 45 days.
P:5.2 Final Acceptance tests shall show that: (a) all functions in Annex 1 work as specified; (b) every interface in Annex 2 transfers data without loss, verified by reconciliation of a full month of work orders and equipment readings; (c) screens respond within 3 seconds for 200 concurrent users; and (d) no Severity 1 incident occurred during the trial period.
P:5.3 When the tests are passed the Buyer shall sign a Final Acceptance certificate within 10 working days. Go-Live, use of the Software in production or any payment does not constitute acceptance. If the tests fail, the Supplier shall correct the defects at its cost and repeat the tests.
H:Article 6 Payment
P:6.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature against the Supplier's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:6.2 The Buyer shall pay 45% of the Contract Price within 30 days after Go-Live.
P:6.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:6.4 Payments shall be made in CNY by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the specifications in Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and supply all updates and new versions free of charge.
P:7.2 During the Warranty Period the Supplier shall respond to Severity 1 incidents (a mill unable to use the Software for maintenance planning or alarms) within 1 hour, around the clock, and shall restore service or provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within three working days.
P:7.3 For each full hour by which the Supplier exceeds a response or restoration time in Article 7.2, the Supplier shall credit the Buyer CNY 1,500, deducted from the next payment or the support fee.
P:7.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software Licence Fee, being CNY 138,600 per year, and will not be increased for the first three support years. Support shall be ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All rights in the Custom Deliverables, including copyright in their source code, belong to the Buyer from creation. The Supplier shall deliver the source code and documentation at Final Acceptance, and the Buyer may use, modify and license the Custom Deliverables freely.
P:8.3 The Supplier shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay the resulting costs and damages.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and for no other purpose.
P:9.2 The Software is installed on the Buyer's servers in China. The Supplier may access them remotely only through the Buyer's VPN with multi-factor authentication, for a session approved by the Buyer, and shall not copy Buyer Data outside the Buyer's systems. The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Supplier shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in the response, and compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production figures, plant layouts and pricing, and shall use it only for this Agreement.
P:10.2 This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 8.3, breach of Articles 9 or 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:13.2 The Buyer may also terminate this Agreement if delay damages under Article 4.5 reach their maximum.
P:13.3 On termination by the Buyer under this Article, the Supplier shall refund the amounts paid for work not accepted and deliver all completed Custom Deliverables.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of South Africa.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Durban under the rules of the Arbitration Foundation of Southern Africa. The arbitration shall be conducted in English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Interface List) and Annex 3 (Implementation Plan), is the entire agreement between the parties on its subject matter.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both versions have equal effect.
P:16.3 Notices shall be given in writing to the addresses stated above or to any other address that a party notifies to the other.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e02 SaaS order form, Mombasa vendor (md, Order Form Part A A1-A6 + General Terms Part B, fee table)
E02 = r"""# PortPulse Subscription Order Form

**Order Form No.** KLC-OF-2026-0412

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this order only. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

- **Provider:** Kilindini Logistics Cloud Ltd, a company incorporated in Kenya, Moi Avenue, Mombasa, Kenya.
- **Customer:** Ningbo Haiyue International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, Yinzhou District, Ningbo, Zhejiang.

### A2. Service

The Provider will provide the PortPulse shipment visibility platform as a hosted service (the "Service"). The Service tracks the Customer's ocean and inland shipments across carriers, terminals and inland depots, raises milestone and delay alerts, and gives the Customer's staff and its shippers a web portal and reports. The modules ordered are: Shipment Tracking, Carrier Connectors (up to 25 carriers), Exception Alerts, Customer Portal and Standard Analytics.

### A3. Subscription Term and Users

- **Subscription Start Date:** the date of Onboarding Acceptance under A5.
- **Subscription Term:** 24 months from the Subscription Start Date.
- **Named Users:** 150. Additional users may be added at the unit price below for the rest of the Subscription Term.
- **Renewal:** This order does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Unit price (CNY) | Annual amount (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Platform subscription | 150 Named Users, per user per year | 1,680 | 252,000 | 504,000 |
| Carrier connectors | up to 25 carriers, per year | 48,000 | 48,000 | 96,000 |
| Onboarding | one-time | 56,000 | - | 56,000 |
| **Total Order Value** | | | | **656,000** |

All fees are in CNY and include VAT. Subscription fees are invoiced quarterly in arrears, at CNY 75,000 per quarter. The onboarding fee is invoiced after Onboarding Acceptance. The Customer pays each correct invoice within 30 days. No fee is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

1. The Provider will complete onboarding within 60 days after the date of this Order Form. Onboarding includes tenant set-up, single sign-on with the Customer's directory, connection of the carriers listed in the Annex, import of open shipments from the Customer's freight management system, portal branding and two rounds of training.
2. Onboarding Acceptance requires that: (a) all ordered modules work as described in the Service Description; (b) status events from each connected carrier appear in the Service within 30 minutes of publication by the carrier, measured over 10 consecutive business days; (c) the imported open shipments reconcile with the Customer's system without unexplained differences; and (d) the Customer's nominated users have completed training.
3. The Customer will confirm Onboarding Acceptance in writing, or list the failed criteria, within 7 business days after the Provider's notice of completion. Use of the Service before that confirmation is not acceptance.
4. If onboarding is not completed within the period in A5.1 for reasons attributable to the Provider, the Provider will pay delay damages of CNY 500 for each day of delay, which the Customer may set off against any invoice.

### A6. Service Levels

1. **Availability.** The Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 01:00 and 05:00 China Standard Time.
2. **Incident response.**

| Priority | Description | Response time | Restoration target |
|---|---|---|---|
| P1 | Service unavailable or tracking updates stopped for all users | 30 minutes, at any time | 3 hours |
| P2 | A module or carrier connector unavailable | 2 hours | 1 business day |
| P3 | Minor fault or question | 1 business day | next release |

3. **Service credits.** If availability in a month falls below the commitment, the Provider will credit 5% of that month's subscription fees for each 0.1 percentage point of shortfall, up to 50% of the month's fees. For each P1 incident not responded to in time, the Provider will credit CNY 1,000. Credits are deducted from the next invoice.
4. The Provider will send a monthly service report showing availability, incidents and credits.

**Signed for the Provider:** ____________________  **Signed for the Customer:** ____________________

## Part B - General Terms

### 1. Use of the Service

1.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access and use the Service for its business, and to let its shippers and consignees view their own shipments through the Customer Portal.

1.2 The Customer is responsible for its users' conduct and will not attempt to copy, resell or reverse engineer the Service.

1.3 The Provider may update the Service from time to time, provided that an update does not materially reduce the functionality ordered.

### 2. Customer Data

2.1 "Customer Data" means all data that the Customer or its users submit to the Service, including shipment, consignee and shipper details, and the tracking records generated for the Customer's shipments.

2.2 Customer Data belongs to the Customer. The Provider will use Customer Data only to provide the Service to the Customer under this Order Form and will not use it for any other purpose.

2.3 During the Subscription Term the Customer may export its Customer Data at any time in CSV or JSON format. Within 30 days after the end of the Subscription Term the Provider will, at the Customer's choice, return the Customer Data and then delete it from the Service.

### 3. Customer Configurations

3.1 Reports, dashboards, alert rules and interface mappings that the Provider builds specifically for the Customer during onboarding or later ("Customer Configurations") belong to the Customer. The Provider will deliver them in an exportable form on request, and the Customer may use, modify and have them used by third parties without restriction.

3.2 The Service, its software and the Provider's general know-how remain the property of the Provider.

### 4. Fees and Taxes

4.1 Fees are as stated in Part A and are fixed for the Subscription Term.

4.2 If an invoice is disputed in good faith, the Customer may withhold the disputed amount while the parties resolve the dispute.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public business, technical and commercial information disclosed under this Order Form, will use it only for this Order Form and will disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 These obligations do not apply to information that is public, was already known to the recipient, or must be disclosed by law, and they continue for three years after the end of the Subscription Term.

### 6. Subcontracting

6.1 The Provider will not subcontract the performance of the Service or onboarding to any third party without the Customer's prior written consent, except for the hosting of the Service by the data centre operator named in the Service Description. The Provider is responsible for the acts of its subcontractors.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially as described in the Service Description and that onboarding will be carried out with reasonable skill and care by qualified staff.

7.2 The Provider warrants that the Service does not infringe the intellectual property rights of any third party and will defend the Customer against any such claim.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit or business.

8.2 The Provider's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to liability for infringement claims under 7.2, personal injury, or fraud.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Customer may also terminate if availability falls below the commitment in A6.1 in three consecutive months.

9.3 On termination for the Provider's breach, the Provider will refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent.

11.2 Notices are to be given in writing to the addresses in A1, with a copy by email.

11.3 This Order Form is signed in English. A Chinese translation may be prepared for convenience only.
"""

# e03 grain-silo sensors + monitoring licence, Harare vendor, buyer's paper (docx, 1. / 1.1, Word price table)
E03 = r"""
T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. BDGR-2026-EQ-052
P:Buyer: Beidahuang Grain Reserve Storage Co., Ltd., Jiamusi, Heilongjiang, People's Republic of China.
P:Supplier: Mazowe Instruments (Private) Limited, 18 Kenneth Kaunda Avenue, Harare, Zimbabwe.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer stores wheat, maize and soybeans in 24 steel silos and 6 flat warehouses at its Jiamusi depot and wishes to install continuous temperature, humidity and gas monitoring to prevent spoilage and hot spots. The Supplier has offered its GrainSense cable sensors, wireless gateways and GrainSense Monitor software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, gateways, servers and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the GrainSense Monitor software licensed under clause 9, including its documentation and updates.
P:1.3 "Custom Work" means the silo layouts, alarm rules, reports and interface programs that the Supplier prepares for the Buyer under this Contract, including their source code.
P:1.4 "Installation Certificate" means the certificate signed by both parties when the Equipment is installed at all silos and warehouses.
P:1.5 "Final Acceptance" means the Buyer's written acceptance under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission the Equipment and the Software, prepare the Custom Work, connect the Software to the Buyer's grain management system, and train the Buyer's staff.
P:2.2 The Equipment shall be new, of current manufacture, and suitable for operation at ambient temperatures from minus 40 to plus 45 degrees Celsius.
P:2.3 The Supplier shall supply the documentation listed in Annex 2 in Chinese and English.
P:2.4 Training shall be given at the depot to at least ten storekeepers and three system administrators, covering daily monitoring, alarm handling, sensor replacement and basic server administration, with a short written test at the end.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,730,000, itemised in the following Price Schedule:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature sensing cable, 18 sensing points each|1,200|620|744,000
TB:2|Wireless gateway with solar power kit|48|5,400|259,200
TB:3|Humidity and CO2 sensor|96|2,150|206,400
TB:4|GrainSense Monitor perpetual site licence|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,527,600
TB:5|Installation and cabling|1 lot|164,000|164,000
TB:6|Commissioning and training|1 lot|38,400|38,400
TB:|Contract Price|||1,730,000
P:3.2 The Contract Price is fixed and includes packing, transport to the Jiamusi depot, insurance, import duties, taxes and all services under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's depot (DDP, Incoterms 2020) within 70 days after signature.
P:4.2 Installation shall be carried out silo by silo while the silos are empty or partly filled, according to a schedule approved by the Buyer. The Supplier shall complete installation within 45 days after delivery.
P:4.3 Personnel working on silo roofs or inside silos shall follow the Buyer's work-at-height and confined-space permits. The Supplier is responsible for the safety of its own personnel.
P:4.4 If the Supplier fails to complete delivery or installation by the dates in clauses 4.1 and 4.2, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. These damages do not relieve the Supplier of its other obligations.
H:5. Payment
P:5.1 10% of the Contract Price within 20 days after signature, against an advance payment guarantee of the same amount.
P:5.2 55% of the Contract Price within 30 days after the Installation Certificate. The Installation Certificate is not acceptance.
P:5.3 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment the liquidated damages and credits due from the Supplier.
H:6. Acceptance
P:6.1 After installation the system shall run for 30 days of trial operation.
P:6.2 Final Acceptance requires that: (a) every sensor reports to the Software at the configured interval; (b) temperature readings agree with a calibrated reference thermometer within 0.5 degrees Celsius at the sampling points chosen by the Buyer; (c) alarms for hot spots and high CO2 reach the Buyer's duty staff by screen and SMS within 2 minutes in a test; (d) data reach the Buyer's grain management system without loss during the trial; and (e) the trial operation has no Severity 1 incident.
P:6.3 Delivery, installation, the Installation Certificate, trial operation or any payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost within 15 days and the tests shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including transport and labour, and shall supply Software updates free of charge.
P:7.2 The Supplier shall keep the spare parts listed in Annex 3 in stock in China during the warranty.
P:7.3 After the warranty, the Buyer may order annual support for up to two years at 6% of the Hardware and Licence Subtotal, being CNY 91,656 per year. This fee is fixed and covers repair, replacement parts and Software updates. Support is ordered year by year and does not renew automatically.
P:7.4 If the same item of Equipment fails three times during the warranty, the Supplier shall replace it with a new item, and the warranty for the replacement restarts from its installation.
H:8. Service Levels
TB:Severity|Description|Response|On site|Restoration
TB:1|Monitoring of a silo or warehouse lost, or alarms not delivered|1 hour|next day|48 hours
TB:2|Individual sensors or a gateway faulty|2 hours|within 3 days|5 days
TB:3|Questions or minor faults|1 business day|as needed|next update
P:8.1 Response is measured from the Buyer's report by telephone or the service portal.
P:8.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall credit the Buyer CNY 600. Credits are deducted from the next payment or from the support fee.
P:8.3 The Supplier shall send the Buyer a quarterly report listing incidents, response and restoration times and any credits.
H:9. Intellectual Property and Licence
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Jiamusi depot and at any replacement site.
P:9.2 The Software remains the property of the Supplier. The Custom Work, including source code, belongs to the Buyer, which may use, modify and license it freely. The Supplier shall deliver the Custom Work at Final Acceptance.
P:9.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's rights.
H:10. Data Security
P:10.1 All data collected by the Equipment and stored in the Software, including grain temperatures, stock positions and alarm logs, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The Software runs on the Buyer's server at the depot. Remote access by the Supplier requires the Buyer's approval for each session and shall pass through the Buyer's VPN. The Supplier shall not copy data outside the Buyer's systems and shall comply with PRC data security laws.
P:10.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours and shall compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the non-public information received from the other party under this Contract, including stock quantities, depot layouts and prices, and shall not disclose it to third parties without prior written consent.
P:11.2 This clause survives for five years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement claims and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the supply or services without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under clause 4.4 reach their maximum.
P:14.2 On such termination the Supplier shall refund the payments received for Equipment not accepted, and the Buyer may recover its additional costs of completing the work.
H:15. Force Majeure
P:15.1 A party prevented from performing by force majeure shall notify the other party within 5 days and is excused for the duration of the event.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:17. General
P:17.1 Annex 1 (Technical Specification), Annex 2 (Documentation) and Annex 3 (Spare Parts) form part of this Contract.
P:17.2 This Contract is signed in two counterparts in English and Chinese. In case of discrepancy the Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e04 managed services, 36 months, Blantyre vendor (md, Sections + Schedules 1-3 as tables)
E04 = r"""# Managed IT Services Agreement

**Agreement No.** SHM-HT-2026-03

**Between**

**China Hengtong Road and Bridge Engineering Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Changsha, Hunan (the "Customer"); and

**Shire Highlands Managed IT Limited**, a company incorporated in Malawi, with its office at Victoria Avenue, Blantyre, Malawi (the "Provider").

**Background.** The Customer is building roads and bridges in Malawi and runs a regional headquarters in Lilongwe, a project office in Blantyre and five site camps. The Customer wishes to outsource the day-to-day management of the IT environment at these locations to the Provider, which operates a service desk and network operations centre in Blantyre. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 3.

1.5 "Customer Data" means all data of the Customer and its personnel that the Provider accesses, stores or processes in performing the Services.

## Section 2. Term and Renewal

2.1 This Agreement starts on signature. The Services run for an initial term of 36 months from the Service Commencement Date.

2.2 At the end of the initial term, and at the end of each renewal term, this Agreement automatically renews for a further period of one year unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 The Provider may increase the Charges for any renewal term by written notice given at least 60 days before the renewal, in line with its then-current rate card.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's current arrangements according to the transition plan agreed at signature, within 60 days after signature.

3.2 Transition Acceptance requires that: (a) all sites in Schedule 1 are connected to the Provider's monitoring and their devices are recorded in the configuration database; (b) the service desk has handled live tickets for 10 consecutive business days in English and Chinese; (c) backup jobs for all servers have completed successfully and one test restore per site has been carried out; and (d) runbooks for each site have been delivered and reviewed by the Customer.

3.3 The Customer shall confirm Transition Acceptance in writing, or state which criteria are not met, within 5 business days after the Provider's notice that the transition is complete. The Provider shall correct any failed item and give notice again.

## Section 4. Service Levels and Service Credits

4.1 The Provider shall meet the Service Levels in Schedule 2 from the Service Commencement Date.

4.2 If a Service Level is missed in a month, the Provider shall credit the Customer the amounts in Schedule 2. Service credits are deducted from the next monthly invoice.

4.3 The Provider shall send a monthly service report within 5 business days after each month, showing performance against each Service Level, incidents, changes and credits, and shall attend a monthly service review with the Customer's IT manager.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance.

5.2 The Customer shall pay each correct invoice within 30 days of receipt. No amount is payable in advance.

5.3 The Charges are fixed for the initial term and include all labour, tools, monitoring software, travel between sites and taxes.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 The Provider shall operate an information security management system certified to ISO/IEC 27001, give its staff access to Customer systems only through named accounts with multi-factor authentication, log all administrative access and keep logs for one year.

6.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data or Customer systems, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this Section.

6.4 On expiry or termination the Provider shall return all Customer Data and delete its copies, and confirm the deletion in writing.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

7.2 This Section continues for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Runbooks, network diagrams, configuration files, scripts and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

8.2 The Provider's monitoring platform, service desk tools and general know-how remain the Provider's property.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep a field engineer at the Blantyre project office during working hours.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the initial term. This limit does not apply to breach of Sections 6 or 7, personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 The Customer may also terminate by written notice if the same Service Level in Schedule 2 is missed in three consecutive months.

11.3 On expiry or termination the Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a successor provider without interruption.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration may be conducted in English.

## Section 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail.

13.2 Amendments must be in writing and signed by both parties.

**For the Customer:** ____________________ **For the Provider:** ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, email and portal for about 260 users, in English and Chinese | 07:00-19:00 Central Africa Time, Monday to Saturday |
| Network management | Monitoring and management of routers, switches, firewalls, Wi-Fi and the satellite and fibre links at 7 locations | Monitoring around the clock |
| Server and backup management | Patching, monitoring and backup of 14 servers at Lilongwe and Blantyre, monthly restore tests | Monitoring around the clock |
| End-user device support | Set-up, repair and replacement handling for laptops, desktops and printers | Service desk hours |
| Site camp connectivity | Setting up and moving network kits when a site camp opens, moves or closes | On request, 5 business days' notice |
| Asset and configuration records | Keeping the configuration database and asset register up to date | Ongoing |

## Schedule 2 - Service Levels and Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Availability of the WAN at Lilongwe and Blantyre | 99.95% per month | 5% of the monthly service charge for each 0.1 percentage point below the level |
| P1 incident (a site without network, or a core server down) - response | 15 minutes, at any time | CNY 1,500 per late incident |
| P1 incident - restoration or workaround | 3 hours at Lilongwe and Blantyre, 8 hours at site camps | CNY 1,000 for each full hour late |
| P2 incident (a service degraded or a group of users affected) - response | 1 hour | CNY 500 per late incident |
| Monthly service report | within 5 business days after month end | CNY 1,000 per late report |
| Failed scheduled backup | re-run successfully by the next business day | CNY 500 per backup not re-run |

Total credits in a month shall not exceed 25% of that month's service charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | CNY 58,000 per month for 36 months | 2,088,000 |
| Transition fee | one-time, after Transition Acceptance | 84,000 |
| Total Charges for the initial term | | 2,172,000 |
| Exit assistance or extra work | CNY 1,800 per engineer day, on written order | not included |
"""

# e05 data / API subscription over two Subscription Years, Maputo vendor (txt, upper-case headings, numbered clauses)
E05 = r"""DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. DMD-QD-2026-11

PARTIES

Delagoa Maritime Data, Lda., a company registered in Mozambique, Avenida 25 de Setembro, Maputo, Mozambique ("Provider").

Qingdao Hairun Dry Bulk Shipping Co., Ltd., a company registered in the People's Republic of China, Shinan District, Qingdao, Shandong ("Customer").

BACKGROUND

The Provider compiles vessel position reports, port call records, berth line-ups and port congestion indicators for ports in Africa, the Indian Ocean and Asia, and makes them available through an application programming interface. The Customer operates and charters dry bulk vessels and wishes to use the data in its chartering, operations and voyage accounting systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's Vessel and Port Data API, version 3, and its documentation.

1.2 "Data" means the vessel positions, port calls, berth line-ups, ETA estimates and congestion indicators delivered through the API.

1.3 "Customer Inputs" means the fleet lists, watchlists, voyage details, queries and other information that the Customer submits to the API or to the Provider.

1.4 "Subscription Year" means each of the two consecutive periods of one year starting on the Start Date and on its first anniversary.

1.5 "Start Date" means 1 July 2026, or the later date on which the Provider issues production API credentials.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable licence to call the API and to use the Data within the Customer's group for its own shipping business, including in internal reports and in voyage estimates sent to its own charterers and shippers.

2.2 The subscription covers up to 5 million API calls per month and up to 80 named vessel watchlists. Calls above that volume are charged under clause 4.3.

2.3 The Customer shall not resell the Data, publish it as a data product or use it to build a competing database.

3. INTEGRATION SUPPORT

3.1 The Provider shall help the Customer connect the API to its chartering platform and voyage management system. Integration support includes a sandbox environment, sample code, a mapping of the Provider's port codes to the Customer's port master list and up to 20 days of remote engineering support.

3.2 The Provider shall issue production API credentials on or before 1 July 2026. If it fails to do so for reasons attributable to it, it shall pay the Customer CNY 400 for each day of delay, which the Customer may deduct from any invoice.

3.3 Integration is accepted when: (a) the Customer's systems receive position updates for all vessels on its watchlists through the production API; (b) port calls for a sample of 200 past voyages chosen by the Customer match the Customer's own records except for documented differences; (c) the port code mapping has been delivered and loaded; and (d) the connector scripts and documentation described in clause 8.2 have been delivered. The Customer shall confirm acceptance or list the failed criteria within 7 business days after the Provider's notice.

3.4 The Provider shall give an online training session of up to two hours for the Customer's chartering and operations staff on the API documentation, rate limits and error codes.

4. FEES AND PAYMENT

4.1 The fees are:
   Subscription Year 1 fee: CNY 248,000
   Subscription Year 2 fee: CNY 248,000
   Integration support (one-time): CNY 36,000
   Total fees for the two Subscription Years: CNY 532,000

4.2 Each Subscription Year fee is payable in two equal instalments of CNY 124,000, invoiced at the end of the sixth and of the last month of that Subscription Year. The integration support fee is invoiced after acceptance under clause 3.3. No fee is payable in advance.

4.3 API calls above the monthly volume in clause 2.2 are charged at CNY 0.02 per thousand calls, invoiced quarterly in arrears. Overage is not part of the total fees.

4.4 Fees include VAT. The Customer shall pay each correct invoice within 30 days after receipt.

4.5 The fees are fixed for both Subscription Years.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to keep the API available and to refresh the Data promptly after it receives source reports.

5.2 The Provider may carry out maintenance of the API from time to time and will try to give the Customer notice of planned maintenance by email.

5.3 Technical support is provided by email during the Provider's business hours in Maputo. The Provider will deal with support requests as soon as reasonably practicable.

5.4 The Provider does not guarantee that the Data are complete or error-free, as they depend in part on third-party sources. The Provider will correct errors in the Data reported by the Customer within a reasonable time.

5.5 The Provider shall publish release notes at least two weeks before any change to the API that is not backward compatible, and shall keep the previous version available for at least three months after such a change.

6. CUSTOMER INPUTS AND USE OF DATA

6.1 The Customer retains ownership of the Customer Inputs.

6.2 The Provider may use the Customer Inputs to provide the API and the integration support to the Customer.

6.3 The Customer grants the Provider a perpetual, royalty-free licence to use the Customer Inputs in aggregated and anonymised form to improve the accuracy of its vessel and port data, to develop congestion and ETA models and to enhance its products for all customers. This licence survives the end of this Agreement.

7. DATA SECURITY

7.1 The Provider shall protect the Customer Inputs and the Customer's account credentials with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for its staff, logging of access and regular vulnerability testing.

7.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Inputs or credentials, shall take immediate steps to contain the incident and shall compensate the Customer for losses caused by its breach of this clause.

7.3 The Customer Inputs are stored with a cloud provider in the European Union. The Provider shall not transfer them to any other country without the Customer's prior written consent, and shall cooperate with the Customer in any filing required under PRC law for the export of data.

8. INTELLECTUAL PROPERTY

8.1 The API, the Data and the Provider's databases remain the property of the Provider and its licensors.

8.2 The connector scripts, field mappings, port code mapping tables and integration documentation prepared by the Provider for the Customer under clause 3 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code at acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including prices, fleet plans and technical information, and shall use it only for this Agreement.

9.2 This clause continues to apply for three years after the end of this Agreement.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or for loss of profit, except in case of wilful misconduct.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total fees in clause 4.1. This limit does not apply to breach of clauses 7 or 9.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the integration support or the operation of the API, other than the cloud hosting referred to in clause 7.3, without the Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.3 On termination for the Provider's breach, the Provider shall refund the part of any fee paid that relates to the period after termination.

12.4 On expiry or termination the Customer shall stop calling the API. The Customer may keep Data received before that date in its internal records and voyage files.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent.

15.2 Notices shall be in writing and sent to the addresses above, with a copy by email to the contacts named by each party.

15.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

15.4 The Annex (API Documentation and Data Dictionary) forms part of this Agreement.

SIGNED for the Provider: ____________________
SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# file names, formats, sources
FILES = {
    "z01": ("h637z01_airport_noise_monitoring_platform.pdf", Z01),
    "z02": ("h637z02_fibre_drawing_tower_control_retrofit.docx", Z02),
    "z03": ("h637z03_fresh_grocery_chain_retail_saas.txt", Z03),
    "z04": ("h637z04_sports_lottery_sales_system_om.txt", Z04),
    "z05": ("h637z05_black_fungus_grading_software_supplier_template.md", Z05),
    "e01": ("h637e01_sugar_mill_apm_licence_durban_vendor.pdf", E01),
    "e02": ("h637e02_shipment_visibility_saas_order_form_mombasa.md", E02),
    "e03": ("h637e03_grain_silo_sensors_monitoring_licence_harare.docx", E03),
    "e04": ("h637e04_managed_it_services_36_months_blantyre.md", E04),
    "e05": ("h637e05_vessel_port_data_api_subscription_maputo.txt", E05),
}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# thresholds (policy §3) and the scan for threshold figures
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE = 40.0
NB = r"(?<![0-9.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RE = re.compile("|".join([
    NB + r"99\.90*(?![0-9])",
    NB + r"4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![十0-9])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    NB + r"0\.050*" + PCT, r"万分之五(?![十0-9])", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分])", r"one\s*hundred\s*per\s*cent",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![点一二三四五六七八九])", r"thirty\s*per\s*cent",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![点一二三四五六七八九])", r"forty\s*per\s*cent",
    NB + r"12\s*(?:-\s*)?(?:months?|个月|calendar\s*months?)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4 hours", "4小时", "四小时", "四个小时", "four hours", "4-hour", "4 h",
            "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%",
            "百分之十五", "40%", "forty per cent", "12 months", "12-month", "12个月", "十二个月", "twelve months"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14小时", "48 hours", "0.5%", "0.055%", "万分之五十",
             "万分之六", "130%", "150%", "300%", "1.5%", "115%", "140%", "25%", "35%", "3.30%", "18 months",
             "112 months", "12 days", "4 days", "30 days", "40 days", "2,400 hours", "1,100%", "15 days"]


def scan_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits

# ---------------------------------------------------------------------------------------------------------------
# labels: terms in the order of holdout19, design rules, TCO inputs (fee base = itemised licence/hardware subtotal)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
#        avail  p1    remedy ip          dsec   owns   conf   ld                   cap        prepay acc   final  warr pwf  auto   term   subc   law            kind
DESIGN = {
 "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1966000),
         1180000, [], False),
 "z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 7, False, True, True, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1840000),
         1576000, ["CR-LD-LOW", "CR-SUBCONTRACT"], False),
 "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1040000),
         None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False),
 "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=708000),
         None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"], False),
 "z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.06, 20, 65, False, False, 6, 26, False, True, None, None, G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=464000),
         336000, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                  "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], False),
 "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "South Africa", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1882000),
         1260000, ["CR-GOVERNING-LAW"], True),
 "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 500 / 656000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=656000),
         None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], False),
 "e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1730000),
         1527600, [], False),
 "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None, True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2172000),
         None, ["CR-AUTO-RENEWAL", "CR-LD-MISSING"], False),
 "e05": ("en", "cloud", [None, None, False, "buyer", True, False, True, 400 / 532000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=532000),
         None, ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (partial pro rata)."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee_base * t["post_warranty_fee_pct"] / 100
    return post / (x["contract_value"] + post) * 100


def derive(t, x, fee_base, forum_outside):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            if tco_share(t, x, fee_base) > TCO_SHARE:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if any(r in high for r in rules):
        return "high"
    if any(r not in low for r in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, vals, extra, fee_base, design, forum_outside = DESIGN[key]
    t = dict(zip(KEYS, vals))
    x = dict(extra)
    order = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] == G else []) + \
        ["acceptance_deemed_on_delivery", "contract_value"]
    assert list(x) == order, (key, list(x))
    rules = derive(t, x, fee_base, forum_outside)
    assert rules == sorted(design), (key, rules, design)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    # self-test of the threshold scan
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan_hits(s), ("must miss", s, scan_hits(s))
    # build
    targets, sources = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
            sources[key] = src
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    # labels, lengths, thresholds
    covered = set()
    for key, (name, _) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for k, th in TH.items():
            assert t[k] is None or t[k] != th, (key, k)
        if t["contract_kind"] == G:
            share = tco_share(t, x, DESIGN[key][4])
            assert abs(share - TCO_SHARE) > 2, (key, share)
        else:
            share = None
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        text = read_back(OUT / name)
        hits = scan_hits(text)
        assert not hits, (name, hits)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        covered |= set(lab["expected_rules"])
        print("%-62s %5d  %-6s %s%s" % (name, n, risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "(none)",
                                       "" if share is None else "  TCO share %.2f" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
