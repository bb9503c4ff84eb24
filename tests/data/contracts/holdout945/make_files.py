"""holdout945: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .docx and .pdf files are built with
../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries); .txt and .md are written as they stand. The labels are
written from DESIGN below. The script then reads every built file back and asserts: the length ranges, that no label
value sits on a policy threshold, that no text states a threshold figure (regex scan, self-tested), that the rules
derived from each label (my reading of policy section 3) equal the design list, and that all 20 CR rules fire.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = r"""
T:医疗美容机构监管平台建设项目合同
P:合同编号：WJW-ZFCG-2026-0417
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市卫生健康委员会
P:乙方（供应商）：杭州明衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就医疗美容机构监管平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供医疗美容机构监管平台软件（标准版V5）的永久使用许可，并在此基础上完成定制开发，包括机构备案与执业信息管理、医师与护士执业资质核验、美容项目分级目录管理、投诉举报办理、双随机抽查任务派发、执法文书电子化及监管驾驶舱。
P:1.2 乙方负责与甲方现有的卫生监督执法系统、电子证照库及省级医师执业注册系统完成接口对接，并负责系统部署、数据初始化和培训。
P:1.3 部署地点为甲方指定的政务云，乙方不得将系统或数据部署于其他环境。
P:1.4 平台应支持市、区两级用户分级授权，支持移动端执法检查和公众端机构信息查询，具体功能以招标文件技术需求及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾玖万元整（¥1,990,000），包括：平台软件许可费¥1,120,000；定制开发费¥760,000；实施部署费¥86,000；培训费¥24,000。
P:2.2 上述价格为固定总价，已包含税费、差旅、第三方组件许可及质保期内的全部服务费用，甲方不再另行支付其他费用。合同履行期间如遇政策调整导致需求变更，双方另行协商并以书面形式确认。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥398,000。
P:3.2 系统完成部署并通过初验后，甲方支付合同总价的45%，计¥895,500。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥696,500。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成全部定制开发与部署并提请初验；初验通过后进入为期三个月的试运行。
P:4.2 乙方应在合同签订后十日内提交项目实施计划，按周报告进度；进度出现偏差的，应说明原因并提出补救措施，经甲方确认后执行。
P:4.3 乙方应向甲方提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；三项外部接口连续运行十个工作日数据一致；在300个并发用户下常用查询响应时间不超过2秒；经第三方机构完成安全测评且无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；用户问题已全部关闭；文档及源代码齐全；甲方组织专家评审通过并签署最终验收报告。
P:5.3 系统上线使用、甲方付款或签收货物，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥100,800，且质保期满后三年内不得上调；是否续签由甲方决定，不自动续期。
H:第七条 服务水平
P:7.1 故障分级：一级故障指系统整体不可用或监管核心业务中断；二级故障指部分功能不可用；三级故障指一般性问题。
P:7.2 乙方对一级故障应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一版本中修复。
P:7.3 乙方未按时响应或恢复的，每超时一小时，甲方可从应付款项或履约保证金中扣减人民币1,000元；一个季度内一级故障超过两次的，乙方应提交整改报告。乙方应每季度向甲方提交服务报告，载明故障数量、响应时长、处理结果及改进建议。
H:第八条 知识产权
P:8.1 平台软件标准版的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的机构信息、从业人员信息、投诉举报及执法数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得留存或向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、日志审计等措施；运维操作须经甲方审批并通过堡垒机进行。
P:9.3 合同终止或履行完毕时，乙方应将其因履约接触的全部数据返还甲方，并在甲方监督下删除其留存的副本，出具书面删除确认。
P:9.4 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、监管信息和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并按合同总价的10%支付违约金。
P:11.3 甲方无正当理由逾期付款的，按逾期金额的每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员、培训与履约保证金
P:15.1 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换；甲方认为人员不称职的，有权要求乙方在五个工作日内更换。
P:15.2 乙方应为甲方及各区卫生监督所的业务人员、系统管理员分批组织培训，培训不少于六期，每期配备讲义和操作视频，确保受训人员能够独立完成日常业务和系统管理。
P:15.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格且无未结问题后十五个工作日内无息退还。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市卫生健康委员会    乙方（盖章）：杭州明衡信息技术有限公司
P:签订日期：2026年  月  日
"""
Z02 = r"""
T:生产线控制系统改造项目合同
P:合同编号：FS-JG-2026-082
P:甲方：宁波峰索户外用品有限公司（登山扣生产厂）
P:乙方：苏州恒拓自动化工程有限公司
P:甲方拟对其锻压、数控加工、阳极氧化及拉力检测四条登山扣生产线的控制系统实施改造。乙方已现场勘察并提交技术方案，双方经协商一致，订立本合同。
H:第一条 改造内容
P:1.1 乙方负责更换六套产线PLC控制柜及配套伺服、变频驱动，新增两套视觉检测单元用于扣体裂纹及丝门闭合检测，敷设产线工业网络，并提供产线监控（SCADA）软件许可。
P:1.2 乙方负责将新控制系统与甲方现有MES系统及拉力试验机数据采集系统对接，实现每只登山扣的批次号、锻压参数、拉力测试值可追溯。
P:1.3 改造范围包括四条产线的电控部分及与之相关的安全光栅、急停回路和声光报警，不包括机械本体大修。
P:1.4 改造须分线停产实施，每条产线停产时间不得超过七日，具体排期由甲方生产部确认。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统改造（含控制柜、I/O模块）|6套|486,000
TB:2|伺服及变频驱动|1批|312,000
TB:3|视觉检测单元|2套|248,000
TB:4|工业交换机及网络设备|1批|94,000
TB:5|产线监控（SCADA）软件许可|1套|220,000
TB:小计|设备及软件小计||1,360,000
TB:6|安装、调试及系统联调|1项|138,000
TB:7|操作及维护培训|1项|42,000
TB:合计|||1,540,000
P:2.2 上述价格为含税固定总价，包括设备、软件、运输、保险、安装、调试及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥308,000，乙方须同时提交等额银行预付款保函。
P:3.2 设备全部到货、安装完毕并经甲方签收后，甲方支付合同总价的45%，计¥693,000；到货签收不代表质量验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥539,000。
P:3.4 乙方每次请款时应提交合法有效的增值税专用发票及对应节点的签收单或验收报告，甲方收到齐全单据后按上述期限付款；单据不全的，付款期限相应顺延。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后六十日内完成设备到货，九十日内完成全部产线改造并提请验收。
P:4.2 乙方施工须遵守甲方安全生产管理制度，进入车间人员须接受安全培训；因乙方原因造成人身或财产损害的，由乙方承担责任。动火、登高及带电作业须办理甲方作业票，并由乙方安排专人监护；施工完毕后乙方应清理现场、恢复原状。
H:第五条 验收
P:5.1 验收标准：各产线控制系统按技术方案全部功能正常；节拍不低于改造前水平；视觉检测漏检率不高于0.2%、误判率不高于1%；MES追溯数据与现场记录逐批核对一致；连续带料生产七十二小时无停线故障。
P:5.2 单线改造完成后先进行单线测试，四条产线全部完成后由甲方组织最终验收并签署验收报告。试生产、设备投入使用或甲方付款，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新提请验收，由此增加的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内乙方免费更换损坏部件、修复软件缺陷并提供现场服务。
P:6.2 质保期满后，乙方提供年度维保服务（含备件、定期巡检、程序优化及软件升级），年度维保费按设备及软件小计的28%计取，即每年¥380,800，该费用在质保期满后三年内保持不变。年度维保合同由甲方决定是否续签。
P:6.3 故障响应：一级故障（整条产线停线）乙方应在2小时内响应、8小时内到场；二级故障（单台设备或单一功能异常）应在8小时内响应、24小时内到场。
P:6.4 乙方未按时响应或到场的，每超时一小时，向甲方支付人民币800元；由此造成停产损失的，乙方另行赔偿。
P:6.5 乙方应在甲方现场储备常用易损备件（包括I/O模块、伺服驱动器、相机光源等），备件清单作为验收文件的一部分；质保期内备件消耗由乙方免费补足。
H:第七条 知识产权
P:7.1 SCADA软件产品的知识产权归其权利人所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、组态工程文件、接口程序及全部源文件归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托第三方修改。
H:第八条 数据安全
P:8.1 产线工艺参数、检测数据及生产记录均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN及账号登录并留存操作日志；乙方应采取防病毒、访问控制等措施，不得在控制网络中接入未经检测的移动介质。
P:8.3 因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，并承担全部赔偿责任。
P:8.4 本合同终止或维保服务结束后，乙方应删除其持有的甲方工艺参数、程序备份及账号信息，并向甲方出具书面确认；甲方有权对乙方的删除情况进行核查。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、产品设计、客户信息及生产数据负有保密义务，保密期限至本合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的主体工作分包；电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约或逾期超过三十日，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 技术资料与培训
P:14.1 乙方应在验收前向甲方移交电气原理图、接线图、PLC程序注释清单、设备说明书、操作规程及维护手册，纸质版与电子版各一套。
P:14.2 乙方应为甲方设备科及各班组操作人员组织不少于五次现场培训，内容包括日常操作、参数调整、常见故障排除和安全联锁检查，培训后进行考核，考核合格人员方可独立操作。
H:第十五条 项目管理
P:15.1 乙方应指定具有电气工程背景的项目经理负责本项目，每周向甲方提交进度周报；因停产排期调整需要变更计划的，双方应书面确认。
P:15.2 施工期间产生的废旧控制柜、电缆等物品归甲方处置，乙方应协助拆除并分类堆放至甲方指定地点。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术方案及设备清单为本合同附件。
P:甲方（盖章）：宁波峰索户外用品有限公司    乙方（盖章）：苏州恒拓自动化工程有限公司
"""
Z03 = r"""预约及会员管理系统（SaaS）订阅与实施服务合同

合同编号：DX-SaaS-2026-031
甲方：广州野径定向越野培训有限公司（下设四十家培训门店）
乙方：深圳云约科技有限公司

鉴于甲方拟在全部门店统一使用线上课程预约、会员管理及赛事报名系统，乙方拥有“云约”预约及会员管理SaaS平台，双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方四十家门店开通“云约”平台专业版订阅，包括课程排期与预约、会员储值与课时卡、教练排班、赛事报名、微信小程序端及总部经营看板。
2. 每家门店开通不超过十个员工账号，总部开通不超过三十个管理账号；会员人数不设上限。
（二）实施服务
1. 乙方负责系统初始化配置，包括四十家门店的课程体系、价格体系、会员等级及储值规则配置。
2. 乙方负责将甲方现有会员系统中的会员档案、剩余课时及储值余额迁移至新平台，并与甲方财务系统完成对账接口对接。
3. 乙方负责为甲方定制小程序首页、赛事报名页面及三张经营分析报表。
4. 乙方负责分区域为门店店长及前台人员提供培训。
5. 乙方应组建不少于五人的实施小组，按甲方提供的门店上线批次分三批完成切换，每批切换安排在周一至周三的非营业时段进行，切换期间保证门店正常接待预约。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度自第一服务年度届满次日起算。
（二）乙方应在合同签订后四十五日内完成实施并提请上线验收。

三、费用及支付
（一）订阅费为每家门店每个服务年度人民币9,600元，四十家门店每个服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）实施费为人民币126,000元（一次性）。
（三）本合同总价为人民币894,000元，含增值税。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（五）服务期内新增门店的，按每店每个服务年度9,600元按月折算计费；关闭门店的，自下一服务年度起减少相应费用。
（六）乙方应在收款前开具合法有效的增值税发票。订阅费已包含平台升级、短信通知基础额度（每店每月五百条）及客服支持费用，超出短信额度的按实际用量另行结算。

四、上线验收
（一）验收标准：
1. 四十家门店全部完成配置，课程、价格、会员等级与甲方确认的配置清单一致；
2. 会员档案、剩余课时及储值余额迁移结果经甲方逐店抽查核对无误，差错率为零；
3. 财务对账接口连续十日数据一致；
4. 小程序在高峰时段（1,000人同时预约）页面响应时间不超过2秒。
（二）甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。系统试用或门店开始使用不视为验收合格。
（三）验收不合格的，乙方应在七日内完成整改并再次提请验收；因整改导致上线延期的，按第十条承担违约责任。

五、服务水平
（一）平台月度可用率不低于99.5%。计划内维护应安排在每日凌晨零时至六时，并提前三日通知甲方，不计入不可用时间。
（二）故障响应：
1. 一级故障（平台无法登录、无法预约或无法支付）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常）：8小时内响应，两个工作日内解决；
3. 三级故障（一般咨询或优化建议）：两个工作日内答复。
（三）服务抵扣：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%予以抵扣；一级故障未按时恢复的，每超时一小时抵扣当月订阅费的1%。抵扣在下一期订阅费中扣除。

六、续约
（一）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，此后亦同。
（二）续期期间的订阅费由乙方按其届时公布的标准价格确定，乙方有权在续期前通知甲方调整价格，甲方未在续期前提出异议的视为接受。

七、数据与安全
（一）会员个人信息、预约及交易记录等业务数据均属于甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于营销、画像或任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的服务器，落实加密存储、访问控制、操作日志及每日备份，并按《个人信息保护法》要求履行个人信息处理者的安全保障义务。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。
（四）合同终止后三十日内，乙方应以通用格式向甲方交付全部业务数据，并在甲方确认后删除其存储的数据。
（五）乙方员工访问甲方后台数据须经甲方授权，按最小必要原则分配权限，访问记录至少保存六个月，甲方可随时查阅。

八、知识产权
（一）“云约”平台本身的知识产权归乙方所有。
（二）为甲方定制的小程序页面、报表及配置成果归甲方所有，甲方可自行使用、修改或交由第三方维护。

九、保密
双方对履行本合同过程中获知的对方商业信息、会员资料及经营数据负有保密义务，保密期限为合同终止后三年。未经对方书面同意，任何一方不得以宣传、案例展示等方式使用对方名称、商标或经营数据，但法律法规另有规定的除外。

十、违约责任
（一）乙方未按期提请上线验收的，每逾期一日，按本合同总价的万分之八支付违约金。
（二）乙方在本合同项下的赔偿责任总额以本合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

十一、分包
乙方不得将实施服务分包给第三方；确需由第三方提供短信、支付等通道服务的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应退还未提供服务期间的已付费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

十四、客户成功与培训
（一）乙方应为甲方指定专属客户成功经理，负责需求对接、版本更新通知及问题跟踪，每月向甲方提交服务报告，内容包括可用率、故障清单、工单处理时长及使用情况分析。
（二）乙方应按华南、华东、华北三个区域分别组织门店人员集中培训，并提供录播课程和操作手册，新开门店可随时申请线上培训，不另收费。
（三）平台版本升级涉及预约、支付流程变化的，乙方应至少提前七日通知甲方并提供说明，重大变更应先在甲方指定的两家门店试用。

十五、甲方的义务
（一）甲方应指定项目联系人，及时提供门店信息、课程及价格资料和历史会员数据，并对配置清单进行确认。
（二）甲方应妥善管理其账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（三）甲方应按约定支付费用，逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十六、不可抗力
因地震、台风、公共卫生事件或基础电信运营商大范围故障等不可抗力导致服务中断的，受影响一方应及时通知对方，并在影响消除后尽快恢复履行，相应期间的可用率不作考核。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""
Z04 = r"""渡口渡船视频监控系统年度运维服务合同

项目编号：JTJ-CS-2026-0915（竞争性磋商）
甲方：临澧县交通运输局
乙方：湖南澧安信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方辖区渡口渡船视频监控系统2027年度运维服务事宜，经协商一致，订立本合同。

第一条 运维对象
（一）本合同运维对象为甲方辖区内十四处渡口、二十二艘渡船的视频监控系统，包括渡口岸基高清摄像机六十八台、船载摄像机八十八台、船载4G传输终端二十二套、渡口智能广播十四套、县级监控中心视频平台一套及存储设备两套。
（二）设备清单以双方签字确认的《运维设备台账》为准，服务期内新增设备的，双方另行协商增加费用。

第二条 服务期限
服务期为2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定服务单位。

第三条 服务内容
（一）日常巡检：每月对全部渡口设备巡检一次，每季度对渡船设备上船巡检一次，汛期（5月至9月）渡口巡检加密至每月两次，巡检须填写巡检记录并拍照留存。
（二）故障维修：负责全部设备的故障诊断、维修和更换，单价在2,000元以下的备品备件包含在服务费中。
（三）平台运维：负责视频平台、存储设备的日常监测、系统补丁、账号管理及录像存储检查，确保渡口录像保存不少于九十天。发现存储容量不足或硬盘故障预警的，应在三日内处理。
（四）应急保障：在防汛、春运、清明、国庆等重点时段安排专人值守，配合甲方开展渡运安全应急处置。
（五）每季度向甲方提交运维报告，载明巡检、故障、维修、备件更换及设备运行情况，并提出改进建议。
（六）设备保养：每半年对摄像机镜头、防护罩、船载终端天线及电源进行清洁和紧固检查，对锈蚀支架进行除锈防腐处理，对防雷接地进行检测并记录检测数据。

第四条 服务费用及支付
（一）年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），其中：日常巡检及维护318,000元；故障维修及备品备件176,000元；平台运维及数据存储管理64,000元；应急保障28,000元。
（二）服务费按季度支付。每季度结束后，甲方根据考核结果在十五个工作日内支付当季服务费146,500元，考核扣减金额从当季服务费中扣除，乙方对扣减有异议的，可在五个工作日内书面申请复核。
（三）本合同不设预付款。乙方请款时应提交发票、季度运维报告及考核表。

第五条 服务水平
（一）故障分级：一级故障指监控中心平台瘫痪或三处以上渡口视频同时中断；二级故障指单处渡口或单艘渡船视频中断；三级故障指单台设备图像异常等一般故障。
（二）响应时限：一级故障30分钟内响应、2小时内到场、6小时内恢复；二级故障1小时内响应、8小时内到场、24小时内恢复；三级故障在下一次巡检前处理完毕。
（三）乙方应设立7×24小时服务热线，并配备不少于六名专职运维人员，其中驻县城人员不少于四名。
（四）乙方未按时响应、到场或恢复的，每超时一小时扣减当季服务费500元；同一设备一个月内重复发生同类故障三次以上的，每次扣减1,000元。

第六条 考核与验收
（一）甲方每季度按《运维服务考核表》进行考核，考核内容包括巡检完成率、故障按时修复率、录像完整性抽查及运维报告质量。季度考核得分低于80分的，扣减当季服务费的5%。
（二）服务期满后，甲方组织年度验收，验收标准为：全年巡检记录完整；设备台账与现场一致；故障工单全部闭环；录像存储抽查符合第三条要求；运维文档移交齐全。验收合格后出具验收报告。

第七条 数据安全
（一）视频图像、录像资料、渡运人员及乘客信息均属于甲方所有。乙方仅可为履行运维职责访问，不得复制、截取、传播或用于其他任何目的。
（二）乙方登录视频平台须使用甲方分配的实名账号，远程维护须经甲方同意并通过专用通道进行，操作日志保存不少于六个月。
（三）更换的存储介质须在甲方监督下消磁或物理销毁。
（四）因乙方原因造成视频资料泄露、丢失或被篡改的，乙方应立即报告甲方并采取补救措施，承担全部赔偿责任及相应法律责任。

第八条 保密
乙方及其人员对在服务中获知的甲方工作信息、监控点位布设及视频资料负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案；人员离岗时应收回其账号权限。

第九条 运维成果
巡检记录、设备台账、运维报告、系统配置文档等运维成果归甲方所有，乙方应在服务期满时完整移交。

第十条 违约责任
（一）乙方未按第三条要求按期完成巡检的，每逾期一日，按年度运维服务费的千分之一支付违约金。
（二）乙方人员配备不足的，每缺一人每日扣减300元。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第十一条 服务委托
乙方可将部分渡口的设备巡检、线路维修工作委托具有相应资质的第三方实施，但应提前五个工作日书面告知甲方，并对受托方的工作向甲方负责。

第十二条 合同变更与终止
（一）服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。乙方违反本合同约定的，按第五条、第六条及第十条承担扣减及违约责任。
（二）因机构调整或渡口撤并导致运维对象减少的，双方协商调整服务费用，调整以书面补充协议确定，按实际运维设备数量和服务月数折算。

第十三条 安全生产
乙方人员上船作业须穿戴救生衣，遵守渡运安全规定，不得在渡船航行期间登高作业；乙方应为作业人员购买意外伤害保险，作业中发生的人身伤害由乙方负责。遇大风、大雾、洪水等不宜作业的天气，乙方应暂停上船及渡口高处作业，并向甲方报告调整后的作业安排。

第十四条 人员管理与服务交接
（一）乙方应在合同签订后十日内向甲方报送项目负责人及运维人员名单、联系方式和资质证明，人员变动应提前通知甲方并报送替换人员资料。
（二）乙方应在服务期开始前与上一服务单位完成交接，核对设备台账、备件库存、平台账号和遗留故障，交接中发现的问题应书面报告甲方。
（三）服务期满时，乙方应配合甲方向新的服务单位移交设备台账、账号密码、运维文档及未闭环工单，移交完成前不得停止服务。

第十五条 备品备件
（一）乙方应在县城设立备件库，储备摄像机、4G传输终端、电源模块等常用备件，数量不少于在用设备的5%。
（二）单价2,000元以上的设备需要更换的，乙方应提出更换方案及报价，经甲方书面确认后实施，费用另行结算；更换下来的旧设备交还甲方。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及《运维设备台账》为本合同组成部分。

甲方（盖章）：临澧县交通运输局        乙方（盖章）：湖南澧安信息技术服务有限公司
签订日期：2026年12月  日
"""
Z05 = r"""# 匠迹工艺流程追踪系统 软件许可及定制开发合同

**（乙方标准合同文本 JT-HT-2026 版）**

合同编号：JT-2026-1128

甲方：苏州留青竹刻艺术工作室
乙方：无锡匠迹软件科技有限公司

甲方为管理竹材选料、晾晒、设计打稿、雕刻、打磨、上蜡及包装等工序，拟采购乙方“匠迹”工艺流程追踪系统并进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工艺流程追踪系统V3.2的永久使用许可（一个工作室站点，不限用户数），功能包括工单管理、工序流转、竹材库存、作品档案、匠师工时统计及移动端扫码报工。

1.2 乙方根据甲方需求进行定制开发，具体范围以双方签字确认的需求确认书为准，主要包括：竹材批次与晾晒周期追踪、作品“一物一码”溯源页面、留青雕刻工序图片记录、与甲方网店订单的对接接口。

1.3 乙方负责系统的安装部署、基础数据导入及使用培训。

1.4 系统部署在乙方租用的云服务器上，由乙方代为托管。服务器租用费用在免费维护期内由乙方承担，期满后随年度维护协议另行计费。

1.5 本合同不包括扫码枪、标签打印机、平板电脑等硬件设备，甲方可自行采购或委托乙方代购，代购费用另计。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程追踪系统软件许可 | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 实施部署及培训 | 36,000 |
| | 合计 | 440,000 |

合同总价为人民币肆拾肆万元整（¥440,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币286,000元，乙方收款后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即人民币154,000元。

3.3 乙方在每次收款前向甲方开具增值税普通发票。甲方未按期付款的，乙方有权顺延交付期限或暂停后续工作。

## 第四条 交付与上线

4.1 乙方在收到首期款后七十五个工作日内完成定制开发及部署。

4.2 系统部署完成并开通账号后，即视为系统上线。系统上线即视为甲方验收合格，甲方应在上线后五个工作日内签署上线确认单；甲方逾期未签署的，视为已签署。

4.3 乙方交付物包括：系统安装程序（不含定制部分源代码）、用户操作手册、管理员手册及培训课件。

4.4 上线后甲方提出的新需求或修改要求，乙方另行报价。

## 第五条 免费维护期

5.1 自系统上线之日起六个月为免费维护期，乙方在此期间免费修复软件缺陷。

5.2 下列情形不属于免费维护范围：甲方擅自修改系统配置或数据库；甲方使用非乙方推荐的硬件；因甲方网络、停电或操作不当造成的问题；甲方新增的功能需求。

5.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准执行。

## 第六条 技术支持

6.1 乙方通过电话、微信群及远程方式提供技术支持，工作时间为工作日9:00至18:00。

6.2 乙方将尽商业上合理的努力及时处理甲方提出的问题，但不对处理时间作出承诺。现场服务需另行收费，差旅费用由甲方承担。

6.3 乙方提供两次远程培训和一次现场培训，每次不超过半天，培训对象为甲方管理人员及匠师。新增培训按每人每天2,000元收费。

6.4 系统版本升级由乙方统一安排，乙方可根据产品规划调整或下线部分标准功能，并在乙方官网公告。

## 第七条 知识产权

7.1 “匠迹”系统及其所有版本的知识产权归乙方所有。

7.2 乙方为本合同定制开发的功能模块、接口、页面模板及相关源代码的知识产权归乙方所有。甲方在合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反向工程或向他人提供。乙方可将定制功能纳入其标准产品向其他客户提供。

7.3 甲方不得将系统账号提供给本工作室以外的人员使用，不得利用本系统为其他单位提供服务。

## 第八条 数据

8.1 甲方在系统中录入的作品资料、工序图片及客户订单数据归甲方所有。

8.2 甲方同意乙方可对系统运行中产生的数据进行脱敏、汇总处理后，用于乙方产品改进、行业分析及市场推广，该等处理后的数据及分析成果归乙方所有。

8.3 乙方对其托管的数据采取加密存储、访问权限控制和每日备份等安全措施，乙方员工访问甲方数据须经授权并留存记录。因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，协助恢复数据并依照本合同第十条承担赔偿责任。

8.4 合同终止后，乙方可在三十日内应甲方书面要求导出甲方数据（Excel格式），超过期限的，乙方有权删除全部数据且不承担责任。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内继续有效。甲方的作品设计稿、图案及客户名单属于甲方商业秘密。但乙方有权在其官网及宣传材料中将甲方列为客户案例并展示系统界面截图。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。甲方逾期超过三十日的，乙方有权解除合同并要求甲方支付全部剩余款项。

10.3 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失或作品价值损失。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。因甲方原因解除的，已付款项不予退还。因乙方原因解除的，乙方退还甲方已付款项中尚未交付部分对应的费用，已交付的软件许可及已完成的开发工作不予退款。

合同解除或终止后，甲方应停止使用定制功能，乙方有权关闭甲方账号。

## 第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 甲方义务

13.1 甲方应指定专人负责项目对接，按乙方要求及时提供工序说明、竹材分类标准、作品档案样例及网店接口资料，并在乙方提交需求确认书后三个工作日内签字确认；逾期未确认的，视为甲方认可。

13.2 甲方应保证其提供的资料合法，不侵犯第三方权利。因甲方资料延迟提供导致的工期延误，交付期限相应顺延，乙方不承担责任。

## 第十四条 不可抗力

因不可抗力或云服务商、电信运营商原因导致系统中断或合同无法按期履行的，乙方不承担责任，但应在条件允许时尽快恢复。

## 第十五条 通知

双方往来通知以本合同首页所列地址、电话或微信工作群为准，通过微信工作群发送的消息视为已送达。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，经双方签字盖章后生效。

16.2 乙方的报价单、功能清单为本合同附件。

甲方（盖章）：苏州留青竹刻艺术工作室
乙方（盖章）：无锡匠迹软件科技有限公司
"""
E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BQS-CN-2026-047
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Huaxin Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Brazos Quality Systems, Inc., a Texas corporation with its principal office in Waco, Texas, United States (the "Vendor").
P:The Customer wishes to license the Vendor's quality management software for its three foundry plants and to obtain implementation and related services, and the Vendor is willing to provide them, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's BrazosQMS Enterprise software, version 9, including the statistical process control, non-conformance, corrective action, supplier quality, gauge calibration and audit modules, in object code, with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration packages, data migration scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software by or for the Customer, including inspection results, production records, supplier records and personal information of the Customer's employees.
P:1.4 "Go-Live" means the first use of the Software in production at all three plants after successful completion of the user acceptance tests.
P:1.5 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 450 named users and 60 shop-floor terminals at the Customer's plants in Changzhou and Liyang and at any future plant of the Customer or its affiliates in mainland China.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer may not sell or sublicense the Software to unrelated third parties.
P:2.3 The licence is fully paid upon payment of the Licence Fee and does not terminate if support services are not renewed.
H:Article 3 Services
P:3.1 The Vendor shall implement the Software in accordance with the Statement of Work in Annex 1, including installation on the Customer's servers in Changzhou, configuration of the modules, interfaces with the Customer's ERP system and coordinate measuring machines, migration of five years of inspection history, and user training.
P:3.2 The Vendor shall assign a named project manager fluent in Chinese and English and shall not replace key personnel without the Customer's prior consent, which shall not be unreasonably withheld.
P:3.3 The Vendor shall deliver a detailed project plan within 15 days after the Effective Date. Go-Live shall occur no later than 120 days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,848,000, consisting of a Licence Fee of CNY 1,280,000, an Implementation Fee of CNY 520,000 and a Training Fee of CNY 48,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the contract price, CNY 369,600, within 30 days after the Effective Date against the Vendor's invoice; (b) 45%, CNY 831,600, within 30 days after Go-Live; and (c) 35%, CNY 646,800, within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account in Shanghai, against a valid VAT invoice issued by the Vendor's Shanghai subsidiary.
H:Article 5 Acceptance
P:5.1 Before Go-Live, the parties shall carry out user acceptance tests under the test plan agreed in Annex 2. The tests shall verify every function listed in Annex 1, the ERP and measuring-machine interfaces, and the accuracy of migrated data, which shall be reconciled record by record against the legacy system for the sample defined in Annex 2.
P:5.2 After Go-Live, the Software shall run in production for 60 consecutive days. During that period, response times for standard inspection screens shall not exceed 2 seconds for 300 concurrent users, and no Severity 1 defect shall remain open for more than one business day.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met and all documentation and source code of the Custom Deliverables have been delivered, the Customer shall issue a Final Acceptance certificate within 10 business days. Production use, payment or the passing of time shall not constitute acceptance.
P:5.4 If the Software fails any acceptance criterion, the Vendor shall correct the failure at its own cost and repeat the relevant tests. If the Software fails the tests a second time, the Customer may terminate this Agreement and receive a refund of all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with their documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall provide free support, defect correction, updates and new versions.
P:6.2 After the Warranty Period, the Customer may purchase annual support. The annual support fee is 11% of the Licence Fee, being CNY 140,800 per year, and shall not increase during the first three years after the Warranty Period. Support is ordered by the Customer each year and does not renew automatically.
P:6.3 Support levels: for a Severity 1 defect (the Software is unavailable or production inspection cannot be recorded at any plant) the Vendor shall respond within 1 hour and provide a workaround within 8 hours; for a Severity 2 defect, respond within 2 business hours and provide a fix within 3 business days; for a Severity 3 defect, respond within one business day and fix in the next release. Support is available in Chinese, 24 hours a day for Severity 1.
P:6.4 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Customer upon creation. The Vendor shall deliver their source code with the Final Acceptance documentation. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development, in identified, de-identified or aggregated form.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication and session logging, or on site under supervision. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in remediation, and bear all losses, fines and costs caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including process parameters, drawings, prices and the terms of this Agreement, and shall use it only to perform this Agreement.
P:9.2 These obligations survive for five years after termination, and for trade secrets for as long as they remain trade secrets.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of signature by both parties (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within 30 days after receiving notice, or if liquidated damages reach the maximum in Article 10.1.
P:12.3 Upon termination for the Vendor's breach, the Vendor shall refund the fees paid for services not accepted, and the licence granted under Article 2 shall survive if the Licence Fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within 30 days, it shall be submitted to the state or federal courts located in McLennan County, Texas, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English and Chinese; both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = r"""# RioLink Freight Visibility Platform — Subscription Order Form

**Order Form No. RL-OF-2026-3318**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

**Vendor:** RioLink Logistics Software LLC, 5219 San Bernardo Avenue, Laredo, Texas 78041, United States, acting through its authorised reseller and billing agent in Shanghai ("Vendor").

**Customer:** Ningbo Haichen Home Appliances Co., Ltd., No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

## PART A — ORDER DETAILS

### A1. Subscribed Services

Vendor will provide the RioLink Freight Visibility Platform, Professional Edition, as a hosted subscription service, including: shipment tracking across ocean, air, rail and cross-border trucking; carrier and forwarder portal; milestone alerts; landed-cost estimator; customs document repository; dashboards and standard reports; and the mobile application. The subscription covers up to 120 named users and up to 18,000 tracked shipments per Subscription Year.

### A2. Onboarding Services

Vendor will configure the platform for Customer's three export business units, connect it to Customer's ERP system and to the electronic data feeds of up to 14 carriers and forwarders nominated by Customer, load 24 months of historical shipment records, build six Customer-specific reports, and train Customer's logistics, sales and finance staff.

### A3. Subscription Term

The Subscription Term is 36 months, starting on the Service Start Date. The Service Start Date is the day after Vendor receives Customer's Onboarding Acceptance under A5. The Subscription Term is divided into three Subscription Years. At the end of the Subscription Term, the subscription ends unless the parties sign a new Order Form.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 120 users, 18,000 shipments | 286,000 |
| Subscription, Subscription Year 2 | 120 users, 18,000 shipments | 286,000 |
| Subscription, Subscription Year 3 | 120 users, 18,000 shipments | 286,000 |
| Onboarding Services | fixed, one-time | 64,000 |
| **Total fees for the Subscription Term** | | **922,000** |

Fees are in CNY and include VAT. Shipments tracked above the annual volume are charged at CNY 9 per shipment, invoiced quarterly in arrears. Fees for the Subscription Term are fixed.

### A5. Invoicing and Payment

(a) The Onboarding fee is invoiced on Onboarding Acceptance.

(b) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

(c) Customer pays each correct invoice within 30 days after receipt. Vendor's Shanghai billing agent issues VAT invoices in CNY.

Onboarding Acceptance: Vendor will complete onboarding within 70 days after signature. Customer will test the configured platform against the Onboarding Plan attached as Exhibit 1. The tests check that all 14 carrier feeds update shipment milestones at least every two hours for 10 consecutive business days, that ERP purchase orders and invoices are reconciled with platform records for all shipments in the test period, that the historical records are loaded completely, and that the six reports return results matching Customer's sample data. Customer will issue a written Onboarding Acceptance within 5 business days after the tests are passed, or list the failures, which Vendor will correct before the tests are repeated. Use of the platform during testing is not acceptance.

### A6. Service Levels

(a) Availability objective: the production platform is designed to be available 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 00:00 and 05:00 Beijing time.

(b) Support: Vendor provides support by ticket, email and telephone in Chinese and English. Target response times are: Priority 1 (platform unavailable or tracking data not updating for all users) — 1 hour, 24 hours a day; Priority 2 (a major function impaired) — 3 business hours; Priority 3 (minor issue or question) — next business day.

(c) Vendor reports monthly availability and ticket statistics in the customer portal. The availability objective and response targets are service objectives. Vendor will use diligent efforts to meet them and to restore the service, and will provide a root-cause report for every Priority 1 incident within 5 business days. No service credits, fee reductions or other payments apply if an objective or target is missed.

## PART B — GENERAL TERMS

### 1. Use of the Services

1.1 Vendor grants Customer and its affiliates in mainland China a non-exclusive, non-transferable right to use the subscribed services during the Subscription Term for their internal business purposes.

1.2 Customer is responsible for its users' accounts and passwords and for the accuracy of the data it provides. Customer will not resell the services or use them to build a competing product.

### 2. Customer Data

2.1 "Customer Data" means all data that Customer, its users, carriers or forwarders submit to the services, and all shipment, order, cost and customs data derived from them. Customer Data belongs to Customer.

2.2 Vendor will use Customer Data only to provide the services to Customer under this Order Form. Vendor will not use Customer Data, in any form including aggregated or anonymised form, for benchmarking, analytics for other customers or product development, and will not sell or disclose it.

2.3 On expiry or termination, Vendor will make Customer Data available for export in CSV and JSON format for 60 days and will then delete it from its systems, including backups within a further 30 days, and certify the deletion in writing.

### 3. Data Security

3.1 Vendor hosts the services and all Customer Data in data centres in mainland China operated by a licensed cloud provider and does not transfer Customer Data outside mainland China.

3.2 Vendor maintains a security programme that meets MLPS level 3 and ISO 27001, including encryption of data in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of all administrative actions, vulnerability scanning and an annual third-party penetration test whose summary is provided to Customer.

3.3 Vendor will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will take immediate measures to contain it, and will be liable for losses, regulatory fines and notification costs that result from its failure to comply with this Section 3.

### 4. Intellectual Property

4.1 Vendor owns the platform and all its standard features, including improvements made during the Subscription Term.

4.2 The six Customer-specific reports, the ERP interface mappings and the configuration documentation created in the Onboarding Services belong to Customer, which may use, modify and have third parties use them without restriction. Vendor will deliver them in editable form at Onboarding Acceptance and on request.

### 5. Confidentiality

Each party will keep confidential the other party's non-public business, technical and pricing information, will use it only to perform this Order Form, and will protect it with at least reasonable care. This obligation continues for three years after the Subscription Term ends.

### 6. Subcontractors

Vendor may use subcontractors, including hosting providers, support partners and implementation partners, to perform any part of the services. Vendor will list its subcontractors in the customer portal and will notify Customer by email at least 15 days before adding a new one. Vendor remains responsible for the acts and omissions of its subcontractors.

### 7. Limitation of Liability

7.1 Each party's total liability arising out of this Order Form is limited to 150% of the total fees stated in A4.

7.2 The limit does not apply to breach of Sections 2, 3 or 5, to infringement claims under Section 8, or to wilful misconduct or gross negligence.

7.3 Neither party is liable for indirect or consequential losses, except under Sections 2 and 3.

### 8. Infringement

Vendor will defend Customer against any third-party claim that the services infringe intellectual property rights, and will pay resulting damages and costs, provided Customer notifies Vendor promptly and cooperates.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor will refund the prepaid fees for the remainder of the Subscription Year.

9.3 Customer may also terminate if Onboarding Acceptance has not been achieved within 120 days after signature.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at that time. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the addresses above. Notices by email are effective on confirmed receipt.

11.2 Neither party may assign this Order Form without the other party's consent, except to an affiliate as part of a reorganisation.

11.3 This Order Form, with Exhibit 1, is the entire agreement on its subject matter and replaces any click-through or online terms.

Signed for Vendor: ____________________   Signed for Customer: ____________________

Date: ____________________   Date: ____________________
"""
E03 = r"""
T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. LH-EQ-2026-0652
P:Buyer: Rizhao Lanhai Paper Co., Ltd., No. 16 Gangwan Road, Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Prairie Signal Instruments, Inc., 2410 South First Street, Abilene, Texas 79605, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to install a wireless condition monitoring system on the rotating equipment of its two paper machines, pulp line and power house, and the Supplier has offered the sensors, gateways, servers and monitoring software described below. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, edge servers and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's PrairieWatch monitoring software, version 6, including the analytics, alarm management, trend and report modules and the mobile application, with its documentation.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Site.
P:1.4 "Site" means the Buyer's mill in Rizhao.
P:1.5 "Buyer Data" means all measurements, alarms, asset records, maintenance records and other data collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 420 wireless sensors, 24 gateways, two edge servers in a redundant configuration and the Software, and shall install, configure and commission the System at the Site.
P:2.2 The Supplier shall survey the mounting points on 140 machines, prepare a sensor layout for the Buyer's approval, fit the sensors, set alarm thresholds for each machine class in agreement with the Buyer's maintenance engineers, and connect the System to the Buyer's distributed control system and maintenance management system through the interfaces described in Annex 1.
P:2.3 The Supplier shall train 30 maintenance engineers and 8 system administrators as set out in Annex 1.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,658,000, fixed and inclusive of VAT, packing, delivery to the Site, insurance, installation and all other costs. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX rated|420|1,900|798,000
TB:2|Industrial wireless gateway|24|6,500|156,000
TB:3|Edge server, redundant pair|2|96,000|192,000
TB:4|PrairieWatch software licence, perpetual, site-wide|1|318,000|318,000
TB:|Equipment and Software subtotal|||1,464,000
TB:5|Installation, configuration and commissioning|1 lot|172,000|172,000
TB:6|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,658,000
P:3.2 The Software licence is perpetual, irrevocable and non-exclusive, covers all sensors and users at the Site, and continues whether or not support services are purchased after the warranty.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 165,800, within 20 business days after signature of this Contract and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 911,900, within 20 business days after the Supplier has installed all Equipment and the Buyer has signed an Installation Certificate. The Installation Certificate confirms completion of installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price, CNY 580,300, within 20 business days after the Buyer signs the Final Acceptance Certificate.
P:4.4 Each payment requires a correct VAT invoice issued by the Supplier's appointed distributor in mainland China.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 Installation work inside the mill shall be planned with the Buyer's production department and carried out during scheduled machine stops. The Supplier's personnel shall comply with the Buyer's safety rules and permit-to-work system.
P:5.3 If the Supplier delays delivery or completion for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 45 days. Final Acceptance requires that: (a) every sensor transmits data at the agreed interval with a packet loss rate not exceeding 0.5% over the trial period; (b) battery life estimates reported by the System for all sensors are at least 36 months; (c) alarms for the test faults listed in Annex 2 are generated and delivered to the maintenance management system within 60 seconds; (d) vibration readings of 20 sample machines match a calibrated portable analyser within ±5%; and (e) all documentation listed in Annex 1 has been delivered.
P:6.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 10 business days. If any criterion is not met, the Supplier shall remedy the failure and the trial period shall restart for the affected part.
P:6.3 Delivery, installation, use of the System during the trial period or any payment shall not be deemed acceptance.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the Equipment and Software for 36 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective Equipment, including sensor batteries that fail before the stated life, correct Software defects, and provide all Software updates free of charge.
P:7.2 Fault classes and response: a Priority 1 fault is a failure of the edge servers, loss of data from more than 10% of sensors, or loss of alarms for any critical machine; a Priority 2 fault is loss of data from individual sensors or gateways; a Priority 3 fault is any other issue. The Supplier shall respond to a Priority 1 fault within 2 hours, restore service within 24 hours and attend the Site within 48 hours when needed; respond to a Priority 2 fault within 8 hours and fix it within 5 days; and handle Priority 3 faults within 10 business days.
P:7.3 If the Supplier fails to meet the Priority 1 response or restoration time, it shall pay CNY 1,500 for each hour of delay. The Buyer may deduct these amounts from any payment due.
P:7.4 After the warranty, the Buyer may order annual support covering Software updates, remote support, replacement of failed Equipment and one health check per year. The annual support fee shall be 9% of the Equipment and Software subtotal, that is CNY 131,760 per year, fixed for the fourth and fifth years after Final Acceptance. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the sensor firmware.
P:8.2 The sensor layout, alarm settings, machine models, interface programs and reports developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them in editable form at Final Acceptance.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including training analytics models or benchmarking, in any form.
P:9.2 The System shall operate inside the Buyer's network. The Supplier shall not connect the System to its own cloud or transfer Buyer Data outside the Site. Remote access for support requires the Buyer's approval for each session and shall use the Buyer's VPN and jump server, with all actions logged.
P:9.3 The Supplier shall implement the security measures in Annex 3, including hardened operating systems, encrypted wireless links and removal of default passwords, and shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data. The Supplier is liable for all losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other, including process data, drawings and prices, and use it only to perform this Contract. This obligation continues for five years after this Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, breach of Clauses 9 and 10 and infringement of third-party rights, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable and mounting work by a local contractor may be approved in writing before installation starts. The Supplier remains responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages under Clause 5.3 reach the maximum. The Supplier shall then refund the amounts paid for any part of the System not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall first be negotiated. If no settlement is reached within 30 days, either party may submit the dispute to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:15. Miscellaneous
P:15.1 The Annexes form part of this Contract: Annex 1 Technical Specification and Deliverables; Annex 2 Acceptance Test Faults; Annex 3 Security Requirements.
P:15.2 This Contract is signed in English and Chinese, both equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = r"""# MANAGED IT SERVICES AGREEMENT

**Agreement No. CPT-MSA-2026-019**

**Between:** Foshan Meiyuan Ceramics Co., Ltd., No. 3 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**And:** Chisholm Plains Technology Services, Inc., 401 West Owen K. Garriott Road, Enid, Oklahoma 73701, United States, acting through its service delivery centre in Guangzhou ("Provider")

Customer operates a head office, two tile factories and a logistics centre in Foshan and sales offices in six Chinese cities. Customer wishes to outsource the operation of its end-user IT environment, local networks and core servers to Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Customer issues the Transition Acceptance Certificate under Section 4.

1.3 "Monthly Recurring Charge" or "MRC" means the fixed monthly charge set out in Schedule 2.

1.4 "Customer Data" means all data of Customer, its affiliates, employees and customers that Provider or its personnel access, receive or process in performing the Services.

1.5 "Incident" means any unplanned interruption or reduction in quality of an IT service; its priority is set out in Schedule 3.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The managed services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, and the charges for an extension will be agreed in that amendment.

## Section 3. Services

3.1 Provider will perform the Services described in Schedule 1 at the service levels in Schedule 3.

3.2 Provider will staff an on-site team of at least five engineers at Customer's head office and factories during working hours and a bilingual service desk in Guangzhou available 24 hours a day, seven days a week.

3.3 Provider will use Customer's IT service management tool to record all tickets and changes, and will follow Customer's change management procedure.

3.4 Provider will deliver a monthly service report with ticket volumes, service level performance, root-cause analyses for Priority 1 Incidents and improvement actions, and will attend a monthly service review meeting and a quarterly executive review.

## Section 4. Transition and Acceptance

4.1 Provider will complete the transition within 75 days after signature, including knowledge transfer from Customer's current staff, documentation of all in-scope assets, set-up of monitoring for all servers and network devices, and a two-week parallel run.

4.2 Transition acceptance criteria: (a) the asset inventory covers all in-scope devices and has been verified by sample counts at each site; (b) monitoring alerts for all servers and core switches reach the service desk in tests; (c) operating procedures for all tasks in Schedule 1 are written and approved by Customer; (d) during the parallel run, at least 95% of tickets are resolved within the Schedule 3 targets; and (e) all Provider engineers have passed Customer's site safety induction.

4.3 When the criteria are met, Customer will issue a Transition Acceptance Certificate within 5 business days. Using the Services before that date is not acceptance.

4.4 If transition is not completed by the date in Section 4.1 for reasons attributable to Provider, Provider will pay CNY 1,800 for each day of delay until the Service Commencement Date, up to CNY 90,000 in total.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for this Agreement are CNY 2,440,000, being the transition fee and 36 months of MRC.

5.2 The transition fee is invoiced after the Transition Acceptance Certificate is issued. The MRC is invoiced monthly in arrears, starting with the first month of the Service Term. Customer pays each correct invoice within 30 days after receipt of a VAT invoice.

5.3 Charges are fixed for the Service Term. Changes in the number of users or devices of up to ten percent in either direction do not change the MRC; larger changes will be priced using the unit rates in Schedule 2.

## Section 6. Service Levels and Service Credits

6.1 Provider will meet the response and resolution targets in Schedule 3.

6.2 If Provider misses a target, Customer receives the service credits set out in Schedule 3, deducted from the next invoice. Service credits in any month are capped at 20% of that month's MRC and are without prejudice to Customer's right to terminate for material breach.

## Section 7. Intellectual Property

7.1 Provider retains ownership of its tools, methods and know-how that existed before this Agreement.

7.2 Operating procedures, scripts, configuration records, network diagrams, asset inventories and reports produced for Customer under this Agreement belong to Customer, which may use, modify and share them with any successor provider without restriction.

## Section 8. Customer Data

8.1 Customer Data remains the property of Customer.

8.2 Provider will use Customer Data only to perform the Services for Customer and will not use it for any other purpose.

8.3 On expiry or termination, Provider will return all Customer Data and documentation to Customer.

## Section 9. Confidentiality

9.1 Each party will keep confidential the other party's non-public business, technical and financial information, including product formulas, designs, customer lists and prices, and will use it only for this Agreement.

9.2 Provider will ensure that each of its personnel assigned to the Services signs a confidentiality undertaking in the form required by Customer.

9.3 This Section continues for five years after this Agreement ends.

## Section 10. Personnel and Subcontracting

10.1 Provider will assign a named service delivery manager and will not replace that person without Customer's prior consent, except for resignation or illness.

10.2 Provider will not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## Section 11. Limitation of Liability

11.1 Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the charges paid by Customer in the six months before the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of production or other indirect losses.

11.3 The limits do not apply to personal injury or wilful misconduct.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after notice, or if Provider misses the Priority 1 resolution target in three or more months of any rolling six-month period.

12.2 On expiry or termination, Provider will provide exit assistance for up to 60 days at the rates in Schedule 2, including handover of all documentation, credentials and open tickets to Customer or its new provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be resolved by negotiation within 30 days will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 14. General

14.1 Notices must be in writing and delivered to the addresses above.

14.2 This Agreement, with its Schedules, is the entire agreement on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1 — Scope of Services

| Service | Scope | Quantity |
|---|---|---|
| Service desk | Chinese and English, telephone, portal, WeChat; password resets, requests, incident logging | 1,150 users |
| End-user devices | Desktop and laptop imaging, patching, software installation, hardware repair coordination | 980 devices |
| Network operations | Monitoring and configuration of switches, wireless controllers and firewalls at all sites | 214 devices |
| Server operations | Monitoring, patching, backup checks and restore tests of Windows and Linux servers | 46 servers |
| Factory floor support | On-site support for kiln and glazing line terminals, label printers and scanners | 2 factories |
| IT asset management | Asset register, moves, adds and changes, disposal coordination | All sites |
| Transition | Knowledge transfer, documentation, monitoring set-up, parallel run | One-time |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | Fixed, one-time | 118,000 |
| Monthly Recurring Charge | Per month, 36 months | 64,500 |
| Total MRC for the Service Term | 36 × 64,500 | 2,322,000 |
| Total charges | Transition fee plus total MRC | 2,440,000 |
| Additional user above tolerance | Per user per month | 52 |
| Exit assistance or additional engineer day | Per engineer day | 2,600 |

## Schedule 3 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A factory line, the ERP system or a whole site cannot work | 30 minutes | 6 hours | 3% of MRC per Incident |
| Priority 2 | A department or a critical user cannot work | 1 hour | 8 business hours | 1% of MRC per Incident |
| Priority 3 | A single user affected, workaround available | 8 business hours | 3 business days | 0.5% of MRC when below 90% in the month |
| Service request | Standard request | 1 business day | 5 business days | 0.5% of MRC when below 90% in the month |

Signed for Customer: ____________________   Signed for Provider: ____________________
"""
E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. WPA-DS-2026-0271

PARTIES

Customer: Henan Fengyuan Feed Group Co., Ltd., No. 199 Nongye East Road, Zhengdong New District, Zhengzhou, Henan Province, People's Republic of China ("Customer").

Vendor: Wichita Plains Agri-Data, Inc., 1802 NW Cache Road, Lawton, Oklahoma 73507, United States ("Vendor").

BACKGROUND

Customer buys corn, soybean meal and wheat for its feed mills and wishes to use Vendor's crop condition, weather and commodity data, delivered through an application programming interface (API), in its purchasing and risk management systems. Vendor agrees to provide that data and the related services on the terms of this Agreement.

1. DEFINITIONS

1.1 "Licensed Data" means Vendor's crop condition indices, satellite vegetation indices, gridded weather observations and forecasts, yield estimates and commodity price series for the regions listed in Schedule A, as updated by Vendor from time to time.

1.2 "API" means Vendor's REST interface through which the Licensed Data is delivered, with its documentation and client libraries.

1.3 "Customer Data" means all data that Customer submits to the API or to Vendor, including field and warehouse locations, supplier regions, purchase volumes, query parameters and usage logs, and all results generated from it for Customer.

1.4 "Activation Date" means the date on which Customer confirms Integration Acceptance under Clause 5.

1.5 "Subscription Year" means each consecutive period that starts on the Activation Date or on an anniversary of it and ends on the day before the next anniversary.

2. SUBSCRIPTION

2.1 Vendor grants Customer and its subsidiaries in mainland China a non-exclusive, non-transferable licence during the Subscription Term to access the API, to store the Licensed Data in Customer's own systems, and to use it for Customer's internal purchasing, planning and risk management.

2.2 Customer may make up to 2,000,000 API calls per Subscription Year and may keep up to 40 named API keys. Customer may show the Licensed Data in internal reports and dashboards but may not resell it or publish it outside its group.

2.3 Licensed Data stored by Customer during the Subscription Term may be kept and used internally after the term ends for historical analysis.

3. TERM AND RENEWAL

3.1 The Subscription Term starts on the Activation Date and consists of two Subscription Years.

3.2 At the end of the Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

3.3 Vendor may change the fees for any renewal term in accordance with its then current price list by notifying Customer at least 45 days before the renewal term starts. The new fees apply to the renewal term unless Customer gives notice of non-renewal.

4. FEES AND PAYMENT

4.1 The fees for the Subscription Term are:

   Item                                             Amount (CNY)
   Subscription fee, Subscription Year 1             418,000
   Subscription fee, Subscription Year 2             418,000
   Integration and historical data set-up (one-time)  36,000
   Total                                             872,000

4.2 The set-up fee is invoiced on the Activation Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer pays within 30 days after receiving a correct VAT invoice issued by Vendor's appointed distributor in Beijing.

4.3 API calls above the annual volume in Clause 2.2 are charged at CNY 0.08 per call, invoiced quarterly in arrears. No other charges apply during the Subscription Term.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 45 days after signature, Vendor will: (a) provide production and test API keys; (b) deliver a historical data package covering 20 crop seasons for all regions in Schedule A; (c) build two custom data feeds that map the Licensed Data to Customer's 316 supplier regions and warehouse locations; and (d) support Customer's IT team in connecting the API to its purchasing and risk systems.

5.2 Integration Acceptance criteria: the API returns complete responses for all endpoints in Schedule A in a test over 10 consecutive business days; the historical package passes Customer's completeness check with no missing region or season; the two custom feeds return values for every supplier region and warehouse location; and median API latency measured from Zhengzhou is below 800 milliseconds.

5.3 Customer will confirm Integration Acceptance in writing within 5 business days after all criteria are met, or list the failures, which Vendor will correct. Test use of the API is not acceptance.

5.4 If Vendor does not achieve Integration Acceptance within the period in Clause 5.1 for reasons attributable to Vendor, Vendor will pay CNY 600 for each day of delay, up to CNY 36,000, and Customer may terminate this Agreement if the delay exceeds 60 days.

6. SERVICE LEVELS

6.1 API availability will be at least 99.95% in each calendar month, measured at Vendor's gateway and excluding scheduled maintenance announced at least five days in advance.

6.2 Vendor will publish daily crop and weather updates by 08:00 Beijing time and weekly yield estimates by 10:00 Beijing time every Tuesday.

6.3 Support is available by email and telephone. For a Severity 1 issue (API unavailable, or daily updates not delivered), Vendor will respond within 1 hour at any time and restore service within 6 hours. For a Severity 2 issue (degraded performance or incorrect data in part of the Licensed Data), Vendor will respond within 8 business hours and fix the issue within 3 business days.

6.4 Service credits: for each full 0.1 percentage point by which monthly availability falls below the level in Clause 6.1, Customer receives a credit of 3% of the monthly equivalent of the subscription fee; for each late daily update, a credit of CNY 500; and for each hour by which Vendor misses a Severity 1 restoration time, a credit of CNY 1,000. Credits are deducted from the next invoice or paid at the end of the term.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor will process Customer Data only to provide the API and services to Customer and will not use it for any other purpose, including improving its models, benchmarking or creating products for other customers, whether in identifiable, anonymised or aggregated form.

7.2 Vendor will host the API endpoints serving Customer and all Customer Data in data centres in mainland China and will not transfer Customer Data abroad.

7.3 Vendor will protect Customer Data with encryption in transit and at rest, key-based authentication for every API call, role-based access for its staff with multi-factor authentication, logging of all administrative access and regular vulnerability testing, and will comply with the PRC Data Security Law and Personal Information Protection Law.

7.4 Vendor will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will take immediate containment and remediation measures, and is liable for all losses and regulatory penalties caused by its breach of this Clause 7.

7.5 Within 30 days after the Agreement ends, Vendor will return Customer Data on request and then delete it, and will confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the Licensed Data, the API and its models.

8.2 The two custom data feeds built under Clause 5.1(c), including their mapping tables and code, belong to Customer, which may use, modify and have third parties operate them without restriction. Vendor will deliver the source code and mapping tables at Integration Acceptance.

8.3 Vendor warrants that it has the right to license the Licensed Data and will indemnify Customer against third-party claims that Customer's use of the Licensed Data or the API in accordance with this Agreement infringes their rights.

9. DATA QUALITY

9.1 Vendor will use recognised scientific methods and quality controls to produce the Licensed Data and will correct errors promptly after they are reported.

9.2 Vendor does not guarantee the accuracy of forecasts or estimates, and Customer remains responsible for its purchasing decisions.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 4.1.

10.2 The limit does not apply to breach of Clause 7, to indemnities under Clause 8.3, or to wilful misconduct.

11. SUBCONTRACTING

11.1 Vendor will not subcontract the hosting of the API or any services under this Agreement without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If Customer terminates for Vendor's breach, Vendor will refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes not resolved by negotiation within 30 days will be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above or to such other address as a party notifies.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement, with Schedule A (Regions, Data Sets and Endpoints), is the entire agreement on its subject.

SCHEDULE A - REGIONS, DATA SETS AND ENDPOINTS

A.1 Regions: Henan, Hebei, Shandong, Heilongjiang, Jilin, Liaoning and Inner Mongolia in China; the United States Corn Belt and Great Plains; and the main soybean regions of Brazil and Argentina.

A.2 Data sets: daily gridded weather observations, 15-day forecasts, weekly crop condition and vegetation indices, monthly yield estimates by region, and daily settlement prices of corn, soybean and soybean meal contracts.

A.3 Endpoints: observations, forecasts, crop-condition, yield, prices, regions and account.

Signed for Customer: ____________________

Signed for Vendor: ____________________
"""

TARGETS = {
    "z01": ("h945z01_health_commission_medical_beauty_platform.pdf", "pdf", Z01),
    "z02": ("h945z02_carabiner_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h945z03_orienteering_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h945z04_ferry_video_surveillance_om_service.txt", "txt", Z04),
    "z05": ("h945z05_bamboo_carving_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h945e01_waco_vendor_qms_perpetual_licence.pdf", "pdf", E01),
    "e02": ("h945e02_laredo_vendor_freight_visibility_saas_order_form.md", "md", E02),
    "e03": ("h945e03_abilene_vendor_condition_monitoring_sensors.docx", "docx", E03),
    "e04": ("h945e04_enid_vendor_managed_it_services_36_months.md", "md", E04),
    "e05": ("h945e05_lawton_vendor_agri_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pw, auto, term, sub, law):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pw, auto, term, sub, law]))


# key: (language, category, kind, terms, extra, design rules, TCO fee base or None)
DESIGN = {
    "z01": ("zh", "software", "goods_or_licence",
            T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1990000), [], 1120000),
    "z02": ("zh", "hardware", "goods_or_licence",
            T(None, 2, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1540000), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 1360000),
    "z03": ("zh", "cloud", "service",
            T(99.5, 1, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, True, False,
              "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=894000),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None),
    "z04": ("zh", "services", "service",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, True,
              "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
            ["CR-SUBCONTRACT", "CR-TERMINATION"], None),
    "z05": ("zh", "software", "goods_or_licence",
            T(None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
              "PRC"),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=440000),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], 168000),
    "e01": ("en", "software", "goods_or_licence",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Texas"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1848000), ["CR-GOVERNING-LAW"], 1280000),
    "e02": ("en", "cloud", "service",
            T(99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, True,
              "PRC"),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=922000),
            ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], None),
    "e03": ("en", "hardware", "goods_or_licence",
            T(None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1658000), [], 1464000),
    "e04": ("en", "services", "service",
            T(None, 0.5, True, "buyer", False, True, True, 1800 / 2440000 * 100, 6 / 36 * 100, None, True, None, None,
              None, False, True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2440000),
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None),
    "e05": ("en", "cloud", "service",
            T(99.95, 1, True, "buyer", True, True, False, 600 / 872000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=872000),
            ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack), by label key
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT = 40


def tco_share(terms, extra, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    pw, war = terms["post_warranty_fee_pct"], terms["warranty_months"]
    if base is None or pw is None or war is None:
        return None
    years = max(0.0, 5 - war / 12)
    fees = base * pw / 100 * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(kind, t, x, base):
    r = set()
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
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if kind == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------- threshold scan ----------
NUMZH = "一二三四五六七八九十两零百壹"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\s*[.．]\s*9(?![0-9])",
    r"(?<![0-9.])4\s*-?\s*个?\s*(?:小时|hours?|hrs?\b)",
    r"(?<![%s])[四肆]\s*个?\s*小时" % NUMZH,
    r"four[-\s]*hours?",
    r"(?<![0-9])0\s*[.．]\s*05(?![0-9])",
    r"万分之[五伍](?![十拾百0-9])",
    r"千分之零点五",
    r"(?<![0-9.,])100" + PCT,
    r"百分之[一壹]?百",
    r"one\s*hundred" + PCT,
    r"(?<![0-9.,])30" + PCT,
    r"百分之三十(?![%s])" % NUMZH,
    r"thirty" + PCT,
    r"(?<![0-9.,])15" + PCT,
    r"百分之十五(?![%s])" % NUMZH,
    r"fifteen" + PCT,
    r"(?<![0-9.,])40" + PCT,
    r"百分之四十(?![%s])" % NUMZH,
    r"forty" + PCT,
    r"(?<![0-9.,])12\s*-?\s*(?:个\s*月|months?)",
    r"(?<![0-9年])12\s*月(?!\s*[0-9]+\s*日)",
    r"(?<![%s])十二\s*个\s*月" % NUMZH,
    r"twelve[-\s]*(?:calendar\s*)?months?",
    r"(?<![第每%s0-9])[一壹]\s*年(?!度)" % NUMZH,
    r"(?<![a-z])one[-\s]*year(?![a-z])",
    r"(?<![0-9.,])1\s*-?\s*years?(?![a-z])",
]
SCAN = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时内响应", "4 个小时", "四小时", "within 4 hours", "a 4-hour response", "four hours",
            "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十",
            "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "forty percent", "12个月", "12 months",
            "a 12-month warranty", "十二个月", "twelve months", "质保期一年", "one year", "one-year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055", "0.08%", "130%", "1.30%",
             "115%", "240%", "1,100%", "112 months", "2027年12月31日", "2026年12月", "36个月", "十八个月", "第一年", "每年", "服务年度", "万分之五十",
             "百分之三十五", "18 months", "one Subscription Year", "someone yearly", "11 years"]


def hits(text):
    return [m.group(0) for p in SCAN for m in p.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "scan misses %r" % s
    for s in MUST_MISS:
        assert not hits(s), "scan wrongly hits %r: %r" % (s, hits(s))


# ---------- build and read back ----------
def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    markup = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(markup, {k: (TARGETS[k][0], TARGETS[k][1]) for k in markup}, OUT, wrap_words=True)
    for k, (name, fmt, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)


def main():
    selftest()
    build()
    union, mix = set(), {}
    for k, (name, fmt, _) in TARGETS.items():
        lang, cat, kind, terms, extra, design, base = DESIGN[k]
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            assert not h, (k, h)
        for key, th in THRESHOLDS.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        if kind == "service":
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - TCO_SHARE_LIMIT) > 2, (k, share)
        rules = derive(kind, terms, extra, base)
        assert rules == sorted(design), (k, rules, design)
        union |= set(rules)
        mix[k] = rules
        label = {"file": name, "language": lang, "category": cat,
                 "expected_terms": dict(terms, contract_kind=kind), "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print("%s %-5s %-4s len=%d tco=%s risk=%s %s" % (k, fmt, lang, n, None if share is None else round(share, 2),
                                                         risk(rules), ", ".join(rules) or "(none)"))
    assert union == set(ALL_RULES), set(ALL_RULES) - union
    assert [k for k in mix if not mix[k]] == ["z01", "e03"]
    assert mix["e01"] == ["CR-GOVERNING-LAW"] and risk(mix["e01"]) == "low"
    assert all(2 <= len(mix[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert 8 <= len(mix["z05"]) <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
