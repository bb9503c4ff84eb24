"""holdout863: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from labels against the design, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H863Z01 = """T:市商务局花卉市场与早市经营管理平台采购合同
P:合同编号：SWJ-ZFCG-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某市云栈信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就花卉市场与早市经营管理平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同。本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件（含市场主体管理、摊位管理、经营户信用档案、价格监测、投诉处理等标准模块）的永久使用许可，许可范围为甲方及其所属市场服务中心，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：花卉批发市场进场交易登记、早市摊位预约与轮换、经营户信用评价模型、农产品价格日报、移动端巡查、大屏展示。
P:1.3 乙方负责与市场监管、城市管理等部门既有系统的数据对接，完成历史经营户及摊位数据迁移，并提供部署、调试和培训。
H:第二条 合同价款
P:2.1 合同总价为人民币1,518,000元（大写：壹佰伍拾壹万捌仟元整），为固定总价，包含许可、开发、对接、实施、培训、税费及乙方完成本项目的全部费用。
P:2.2 分项价格：平台软件许可费760,000元；定制开发费548,000元；数据对接与迁移费126,000元；实施及培训费84,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因导致的延误，交付期限相应顺延，顺延应以书面形式确认。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；与各对接系统数据交换正确，抽查两千条记录无差错；在三百个并发用户下，常用页面响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：平台连续试运行45日，未发生一级故障；迁移数据经甲方全量比对一致；乙方已交付用户手册、运维手册、接口文档及定制部分源代码。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方维护，年度维护费为平台软件许可费的8%，即每年60,800元，三年内不作调整，由双方另行签订维护合同，维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率应不低于99.5%（计划内维护时间除外，计划维护应提前三日通知甲方并安排在夜间进行）。
P:7.2 故障分级响应：一级故障（平台整体不可用或交易登记无法进行）30分钟内响应，3小时内恢复；二级故障2小时内响应，一个工作日内解决；三级故障一个工作日内响应。
P:7.3 月度可用率每低于约定值0.1个百分点，甲方从当期应付款或维护费中扣除1,000元；响应或恢复每超时1小时，扣除500元。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方的使用许可为永久、不可撤销的许可。
P:8.2 本合同项下定制开发的程序、源代码、数据模型、接口及文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台所涉经营户信息、交易数据、价格数据及其衍生数据均属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方网络。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、网络架构、账号口令及未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合验收标准的，应在甲方指定期限内免费整改；经两次整改仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，按有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类项目经验的项目经理一名，自合同签订之日起至最终验收止常驻甲方现场，未经甲方同意不得更换。项目经理负责编制项目实施计划、周报和阶段总结，按时参加甲方组织的项目例会。
P:15.2 乙方投入的需求分析、开发、测试和实施人员应与投标文件一致；确需调整的，应提前七日书面报甲方同意，替换人员的资历不得低于原人员。甲方认为乙方人员不能胜任的，有权要求更换。
P:15.3 乙方人员进入甲方办公场所及各市场现场，应遵守甲方的安全、保密和文明作业规定，因乙方人员过错造成人身伤害或财产损失的，由乙方负责。
H:第十六条 培训与文档
P:16.1 乙方应为甲方及各市场服务中心的管理人员、巡查人员和系统管理员分别开展培训，培训总人数不少于八十人次，培训内容包括系统操作、日常管理、数据查询统计和常见问题处理，并提供培训教材和操作视频。
P:16.2 乙方应交付需求规格说明书、概要设计、详细设计、数据库设计、测试报告、部署手册、用户手册和运维手册，文档应为中文，内容与最终交付的系统一致。
H:第十七条 知识产权保证
P:17.1 乙方保证所提供的软件及定制成果不侵犯任何第三方的著作权、专利权、商标权或其他合法权益。如第三方就此向甲方提出权利主张，乙方应负责处理并承担由此产生的全部费用和赔偿。
H:第十八条 不可抗力
P:18.1 因地震、洪水、重大疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供有关证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十九条 廉洁条款
P:19.1 乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并按有关规定处理。
H:第二十条 其他
P:20.1 招标文件、投标文件及澄清文件为本合同组成部分，本合同未约定的事项，以招标文件和投标文件为准；投标文件中优于招标文件要求的承诺，乙方应予履行。
P:20.2 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并盖章后生效，并按规定报政府采购监督管理部门备案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H863Z02 = """T:生产线控制系统改造合同
P:合同编号：DSD-GZ-2026-0092
P:甲方：某市金钉文具制造有限公司（订书钉厂）
P:乙方：某市恒控自动化工程有限公司
P:甲方三条订书钉成型及包装生产线的控制系统老化，故障频繁。经询价比选，甲方委托乙方进行控制系统改造，包括设备供货、软件许可、安装调试及培训。双方经协商一致，订立本合同。
H:第一条 改造内容
P:1.1 乙方为甲方的成型线一、成型线二及包装线更换可编程控制器（PLC）控制柜、伺服驱动、人机界面和现场传感器，部署生产线监控软件，并将三条线接入甲方车间网络。
P:1.2 乙方编写各生产线的PLC程序、人机界面画面和监控报表，实现断丝检测、计数装盒、产量统计和停机原因记录。
P:1.3 改造分线实施，每条线停产时间不超过七日，具体时间由甲方安排。
P:1.4 技术要求：控制器采用主流品牌中型PLC，预留不少于两成的I/O余量；伺服系统支持电子凸轮功能，满足成型刀具同步要求；人机界面支持中文显示、配方管理和报警历史查询；监控软件支持按班次、机台和规格统计产量、废品和停机时间，并可导出报表。
P:1.5 乙方应在设计阶段对三条生产线进行现场勘查，提交改造设计方案、电气原理图和施工计划，经甲方技术部门确认后方可实施。设计方案的确认不免除乙方对设计质量应负的责任。
H:第二条 合同价款
P:2.1 合同总价为人民币1,300,000元，为固定总价。分项价格见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含控制器及I/O模块）|3套|486,000
TB:2|伺服驱动及电机|18套|324,000
TB:3|人机界面触摸屏|6台|57,600
TB:4|传感器及现场仪表|1批|118,400
TB:5|生产线监控软件许可（永久）|1套|202,000
TB:软硬件小计|||1,188,000
TB:6|安装调试|1项|92,000
TB:7|培训|1项|20,000
TB:合计|||1,300,000
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并完成安装后，甲方支付合同总价的45%；到货及安装不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与安装
P:4.1 乙方应于合同签订后50日内将设备运至甲方厂区，并按甲方排定的停产窗口完成安装。
P:4.2 乙方负责设备运输、装卸、就位和接线，旧控制柜由乙方拆除后交甲方处置。
P:4.3 设备到货时，双方共同开箱检查，核对型号、数量、外观、出厂合格证和装箱单，并签署到货清点记录。到货清点只确认数量和外观，不构成对设备质量的认可。
P:4.4 乙方提供的设备应为全新、未使用过的原厂正品，符合国家标准和行业标准，控制柜应具有相应的产品认证。
P:4.5 每条线改造期间，乙方应安排工程师在现场连续作业，停产窗口结束前完成单线调试并恢复生产；确因技术原因无法按期恢复的，乙方应提前报告甲方并提出临时恢复方案。
H:第五条 验收
P:5.1 验收标准：各线连续生产72小时无控制系统故障；成型线速度达到每分钟一千二百排；断丝检测漏检率低于千分之一；计数装盒误差为零；监控软件产量数据与人工抽检一致；停机原因记录完整。
P:5.2 每条线改造完成后由甲方组织单线测试，三条线全部合格后进行最终验收，双方签署验收报告。试生产不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起六个月。质保期内设备及软件的故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的20%，即每年237,600元，包括定期巡检、备件更换、程序修改和软件升级。该费用在维保合同前三年内固定不变。
P:6.3 故障响应：一级故障（整线停机）1小时内响应，6小时内到场；二级故障（单台设备故障）8小时内到场。乙方每超时1小时，向甲方支付800元。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面画面和监控报表，其知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改或委托他人修改。
P:7.2 监控软件产品的著作权归原厂所有，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及设备运行记录属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面审批，经甲方指定的通道接入并全程记录；不得在控制网络上安装与本项目无关的软件。
P:8.3 因乙方原因导致数据泄露或控制系统被入侵的，乙方应在2小时内报告甲方，协助处置并承担由此造成的损失。
H:第九条 保密
P:9.1 双方对在履行合同中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因导致甲方生产线额外停产的，乙方除支付违约金外，还应赔偿甲方的直接损失。
P:10.3 甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
P:10.4 乙方提供的设备存在质量问题或与合同约定不符的，乙方应在甲方通知后五日内免费更换，并承担由此产生的拆装、运输费用。
H:第十一条 分包
P:11.1 电气安装工作如需交由第三方完成，须事先取得甲方书面同意，乙方对分包方的工作负全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 安全生产
P:14.1 乙方人员进入甲方厂区施工，应遵守甲方安全生产管理制度，办理动火、登高和临时用电等作业审批，配备必要的劳动防护用品。
P:14.2 乙方应在断电挂牌后方可进行接线作业，拆除旧控制柜时应采取措施防止损坏甲方的机械设备。因乙方违章作业造成人身伤害、设备损坏或火灾等事故的，由乙方承担全部责任。
H:第十五条 备品备件与培训
P:15.1 乙方应随设备提供随机备件一套，包括控制器模块、伺服驱动器、触摸屏及常用传感器各一件，并提供备件清单和采购渠道说明。
P:15.2 乙方应对甲方电工和设备管理人员进行不少于三天的操作及维护培训，内容包括控制系统原理、程序备份与恢复、常见故障诊断、参数设置和安全注意事项。培训后应保证受训人员能够独立处理一般故障。
H:第十六条 技术资料
P:16.1 乙方应在最终验收前交付电气原理图、接线图、PLC程序及注释、人机界面工程文件、设备说明书、合格证和维护手册，电子版和纸质版各一套。技术资料应与实际安装情况一致。
H:第十七条 不可抗力
P:17.1 因不可抗力不能按期履行合同的，受影响一方应及时通知对方，并提供相关证明，双方协商调整履行期限。不可抗力持续超过六十日的，双方均可解除合同。
H:第十八条 其他
P:18.1 本合同附件包括技术方案、设备清单和验收方案，与本合同具有同等效力。未尽事宜，双方协商签订补充协议。
P:18.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H863Z03 = """板网球培训连锁门店预约与会员管理系统订阅及实施服务合同

合同编号：BWQ-SaaS-2026-011
甲方：某市飞板体育文化发展有限公司（板网球培训连锁，下辖35家门店）
乙方：某市约场云科技有限公司

鉴于甲方需要为其35家门店统一上线场地预约、课程排期和会员管理系统，乙方提供相应的云服务及实施服务，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供“约场云”预约与会员管理系统的云端订阅服务，包括场地及教练预约、课程排期、会员卡及课时包管理、线上支付对账、门店经营报表和微信小程序端。
2. 订阅范围为甲方35家门店，每家门店不限员工账号数量，会员端不限人数。
（二）实施服务
1. 乙方负责系统开通配置、门店及场地信息初始化、会员卡种和价格体系设置。
2. 乙方负责将甲方原有会员数据、剩余课时和储值余额迁移至本系统，并与甲方财务系统对接。
3. 乙方为每家门店店长及前台人员提供培训，培训采用集中授课与门店现场指导相结合的方式，并提供操作手册和视频教程。
4. 乙方负责配置会员积分、储值赠送、团购核销和教练课时提成规则，规则以甲方书面确认的方案为准。

（三）其他服务
1. 服务期内，乙方应免费提供系统的功能升级和安全补丁，升级前应提前三日通知甲方，并在非营业时间进行。
2. 甲方新开门店的，可按本合同约定的单店订阅费标准增加订阅，费用按剩余服务期折算；门店关闭的，甲方可书面通知减少订阅门店数量，自下一季度起调整订阅费。
3. 乙方提供7×12小时客服热线和在线工单服务，门店人员可随时提交问题。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，此后每个服务年度自上一服务年度届满次日起算。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据其产品定价调整订阅费，上调幅度不超过上一服务年度费用的8%，乙方应在续展前通知甲方调整后的价格。

三、费用
（一）订阅费：每家门店每个服务年度9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）实施费：118,000元，一次性支付。
（三）数据迁移费：36,000元，一次性支付。
（四）合同总价为人民币826,000元，含税。

四、付款方式
（一）实施费及数据迁移费在系统上线验收合格后15个工作日内支付。
（二）订阅费按季度支付，每季度末乙方提供当季服务报告及发票，甲方在收到后15个工作日内支付当季订阅费84,000元。
（三）本合同不设预付款。

五、上线验收
（一）乙方应在合同签订后45日内完成全部门店的配置和数据迁移，提交上线验收申请。
（二）验收标准：
1. 35家门店的场地、教练和课程均可正常预约，小程序支付与对账结果一致；
2. 迁移后的会员数量、剩余课时和储值余额与原系统逐条核对一致；
3. 在五百名会员同时下单时，预约提交响应时间不超过2秒；
4. 门店人员培训完成并经抽查考核合格。
（三）甲方在收到申请后10个工作日内组织验收并出具书面意见。系统开通试用不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新提交验收申请，整改期间的延误计入上线期限。
（五）上线初期，乙方应安排实施顾问在甲方总部驻场两周，协助门店处理切换过程中的预约冲突、会员卡余额核对和支付退款等问题，并每日向甲方报告处理情况。

六、服务水平
（一）系统月度可用率不低于99.95%。
（二）一级故障（预约或支付功能整体不可用）30分钟内响应，2小时内恢复；二级故障2小时内响应，当日内解决。
（三）月度可用率未达标的，每低于约定值0.01个百分点，按当季订阅费的2%抵扣；故障恢复每超时1小时，抵扣1,000元。

七、数据
（一）甲方会员信息、预约记录、交易流水及由此产生的全部数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）乙方应将数据存储于中国境内的云数据中心，采用加密存储和传输，实行访问权限分级和操作日志留存，并定期备份。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
（五）会员个人信息的收集和使用应遵守《个人信息保护法》，乙方应协助甲方在小程序中设置隐私政策和授权提示，不得通过小程序向会员推送与甲方业务无关的广告。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、小程序页面设计及对接程序，知识产权归甲方所有，甲方可自由使用和修改。
（三）甲方的商标、品牌标识及课程名称仅授权乙方在为甲方提供服务时使用，乙方不得用于宣传推广或其他客户。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日，向甲方支付600元违约金。乙方逾期超过三十日的，甲方有权解除合同，乙方应退还已收取的全部费用。
（二）因乙方原因导致甲方会员投诉或经济损失的，乙方应予赔偿，包括甲方向会员退还的课时费用和补偿。
（三）甲方逾期支付订阅费超过三十日的，乙方可书面催告，但不得因此删除甲方数据。

十、分包与人员
（一）乙方不得将本合同项下的服务转包，亦不得未经甲方书面同意分包。
（二）乙方应指定一名客户成功经理作为甲方的固定联系人，负责实施进度协调、门店问题汇总和每月服务回顾；实施期间另派两名实施顾问，分片区到各门店现场完成配置和培训。
（三）乙方实施人员进入门店，应遵守甲方门店的营业秩序和场馆安全规定，不得影响会员上课。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务部分的费用。
（二）任何一方因不可抗力无法履行合同超过六十日的，双方均可解除合同。
（三）合同解除或服务期满不再续展的，乙方应保证甲方在终止后30日内仍可登录系统查询和导出数据，并配合甲方将会员数据迁移至甲方指定的系统，迁移所需的标准数据导出不另行收费。
（四）合同解除不影响双方在解除前已产生的付款义务和违约责任。

十二、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十三、不可抗力
因自然灾害、公共卫生事件、电信网络大面积中断等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。乙方应采取合理措施尽快恢复服务。

十四、通知
双方指定的联系人及联系方式见本合同签署页。一方变更联系人或联系方式的，应提前三日书面通知对方；未通知的，按原联系方式发出的通知视为已送达。

十五、其他
（一）本合同附件包括：门店清单、系统功能清单、实施计划、数据迁移方案，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方协商签订补充协议。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
"""

H863Z04 = """某市渔业局避风塘与泵船调度系统年度运维服务合同

项目编号：YYJ-CS-2026-026（竞争性磋商）
甲方：某市渔业局
乙方：某市海泓信息科技有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和磋商结果，甲方委托乙方对避风塘与泵船调度系统提供年度运行维护服务，双方订立本合同。

1. 服务范围
1.1 运维对象：避风塘与泵船调度系统，包括避风塘泊位管理、渔船进出港登记、泵船调度指挥、水位及气象监测接入、视频监控联动、移动执法终端及相关服务器、网络和存储设备。
1.2 服务内容：日常巡检、故障处理、系统软件补丁和版本维护、数据库维护与备份、台风期间保障值守、用户支持和培训、运维报告编写。
1.3 服务期：自2027年3月1日起至2028年2月29日止。服务期满，本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

2. 服务费用与支付
2.1 年度运维服务费为人民币468,000元（含税），为固定总价，包括人工、工具、备品备件、差旅及税费。
2.2 服务费按季度支付，每季度服务结束并经甲方季度考核合格后，乙方开具发票，甲方在15个工作日内支付当季服务费117,000元。
2.3 本合同不设预付款。季度考核扣减的费用从当季服务费中直接扣除。

3. 服务要求
3.1 乙方派驻两名运维工程师在甲方指挥中心驻场，工作日8:30至17:30在岗；台风预警发布期间实行24小时值守。
3.2 日常巡检每日一次，深度巡检每月一次，巡检记录当日录入运维台账。
3.3 数据库每日增量备份、每周全量备份，每季度开展一次恢复演练。
3.4 每月5日前提交上月运维月报，服务期满提交年度运维总结。
3.5 台风季节（每年6月至10月）前，乙方应对泵船调度通信链路、避风塘水位监测点和视频监控点进行一次全面检查，检查结果报甲方备案；台风登陆前后，乙方应增派一名工程师到指挥中心值守，确保调度指令及时下达和泊位信息实时更新。
3.6 乙方应协助甲方开展年度网络安全等级保护测评和应急演练，根据测评意见完成系统侧的整改。
3.7 乙方应建立备品备件库，服务器硬盘、电源、交换机模块和移动执法终端等常用备件的储备数量应满足一级故障恢复的需要。

4. 服务水平
4.1 系统核心功能（泊位管理、泵船调度、进出港登记）年度可用率不低于99.95%，计划停机应提前两个工作日报甲方批准。
4.2 故障分级：一级故障指调度指挥或泊位管理功能整体中断；二级故障指单一功能模块异常；三级故障指一般性使用问题。
4.3 响应及处理时限：一级故障15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障2小时内响应，两个工作日内解决。
4.4 未达到上述要求的，一级故障每超时1小时扣减服务费2,000元，二级故障每超时1小时扣减500元；可用率每低于约定值0.01个百分点扣减1,000元。

5. 考核与验收
5.1 季度考核指标：巡检完成率、故障响应及时率、备份成功率、用户满意度。巡检、备份应全部完成，响应及时率不低于95%，用户满意度评分不低于90分。
5.2 季度考核由甲方信息中心组织，乙方提供当季运维台账、故障处理记录、备份日志和用户满意度调查结果，考核结果双方签字确认。
5.3 服务期满后，甲方依据四个季度考核结果、运维台账、年度总结及恢复演练记录组织年度验收，出具书面验收意见。季度考核不合格的，乙方应在10日内整改并重新考核。

6. 数据安全
6.1 系统内渔船、船员、泊位、调度及监控数据均属于甲方，乙方仅为运维目的访问，不得复制、留存或用于其他任何目的。
6.2 乙方人员须签署安全承诺书，使用甲方分配的账号经堡垒机进行操作，禁止使用私人存储介质，禁止远程直连生产环境。
6.3 发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括甲方因此受到的行政处罚和对第三方的赔偿。

7. 保密
7.1 乙方对履约中知悉的甲方工作秘密、网络拓扑、账号口令、渔船及船员信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
7.2 乙方应将甲方提供的系统资料、图纸和数据介质妥善保管，服务期满时全部归还甲方或在甲方监督下销毁。
7.3 保密义务不因本合同终止而解除。

8. 知识产权
8.1 乙方在运维过程中为甲方编写的脚本、配置文件、运维文档和报告，其知识产权归甲方所有。
8.2 乙方保证提供的服务不侵犯第三方知识产权，否则由乙方承担全部责任。
8.3 系统原开发单位拥有的软件著作权不因本合同而转移；乙方在运维中需要修改源代码的，应事先取得甲方书面同意，修改后的代码及说明文档一并交付甲方。

9. 违约责任
9.1 乙方未按本合同约定时间完成巡检整改、版本维护或考核整改的，每逾期一日，按合同总价的千分之一支付违约金。
9.2 乙方驻场人员未经甲方同意擅自离岗或更换的，每人每日扣减服务费800元。
9.3 因乙方运维过失造成系统数据丢失或长时间中断的，乙方应负责恢复并赔偿甲方损失。
9.4 本条约定的扣减和违约金可以从应付服务费中直接扣除，不足部分由乙方另行支付。

10. 分包与人员
10.1 本项目不得分包或转包。
10.2 乙方更换驻场工程师，须提前十日书面申请并经甲方同意，替换人员资质不得低于原人员。
10.3 驻场工程师应具有计算机或通信相关专业大专以上学历和三年以上系统运维经验，至少一人持有数据库或网络方面的专业认证。乙方应为驻场人员缴纳社会保险，并承担其工资、食宿和交通费用。
10.4 乙方人员在甲方场所工作期间，应遵守甲方的考勤、安全和保密制度，服从甲方的工作安排。乙方人员在工作中发生人身伤害的，由乙方负责处理。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
11.2 因政策调整导致项目取消的，双方协商解除合同。
11.3 合同解除的，乙方应按本合同第13.2条完成移交，并退还已收取但尚未提供服务部分的费用；因乙方违约解除的，乙方还应赔偿甲方重新采购运维服务所增加的费用。

12. 适用法律与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
12.3 争议处理期间，除有争议的部分外，双方应继续履行本合同，乙方不得以存在争议为由中断运维服务。

13. 服务交接
13.1 服务期开始前，乙方应与原运维单位完成交接，核对系统账号、配置文档、备份介质和遗留问题清单，交接记录经甲方确认。
13.2 服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的新运维单位移交全部账号、文档、脚本和运维台账，并配合完成交接，不得设置任何障碍。

14. 其他
14.1 竞争性磋商文件、乙方响应文件及磋商过程中的书面承诺为本合同组成部分。
14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
"""

H863Z05 = """# 匠迹工艺流程追踪软件 销售及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-HT-2026-0158

甲方（买方）：某市桦韵桦树皮画艺术工作室

乙方（卖方）：某市匠迹软件有限公司

甲乙双方本着平等互利的原则，就甲方购买乙方“匠迹工艺流程追踪软件”并委托乙方进行定制开发事宜，达成如下条款，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺流程追踪软件（标准版）的永久使用许可，包括作品登记、原料（桦树皮）入库及批次管理、工序流转、工时记录、成品库存和订单交付等模块，授权用户数为二十个。

1.2 乙方根据甲方需求进行定制开发，包括：桦树皮画工序模板（选皮、蒸煮压平、剪贴、烫画、装裱）、每幅作品的工艺档案及二维码追溯页面、与甲方网店订单的对接、工作室经营报表。

1.3 乙方负责软件的安装部署、基础数据初始化和操作培训。

1.4 软件部署在甲方自备的服务器上，服务器、操作系统、数据库及网络环境由甲方自行准备，并应符合乙方提供的配置要求。因甲方环境不符合要求导致软件无法正常运行的，乙方不承担责任。

1.5 定制开发的具体功能以双方确认的《需求确认书》为准。《需求确认书》确认后，甲方提出新增或变更需求的，乙方另行评估工作量并报价，费用由甲方承担。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪软件许可（标准版，二十用户） | 168,000 |
| 2 | 定制开发 | 226,000 |
| 3 | 实施及培训 | 36,000 |
| | 合计 | 430,000 |

合同总价为人民币430,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即215,000元。乙方收到该款项后启动项目。

3.2 软件上线运行后7个工作日内，甲方支付剩余50%，即215,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取滞纳金。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时提供开票信息。

3.5 甲方如需增加授权用户，每增加一个用户按8,400元计费，并在增加前一次性付清。

## 第四条 交付

4.1 乙方在收到首付款后60个工作日内完成软件部署和定制开发，并通知甲方上线运行。

4.2 因甲方未及时提供需求资料、测试环境或确认意见造成的延误，交付期限相应顺延。

4.3 乙方交付的内容包括：软件安装程序、授权文件、用户操作手册和培训课件。源代码不属于交付范围。

4.4 乙方为甲方工作人员提供两次远程培训和一次现场培训，每次培训时间不超过半天。超出部分按乙方标准收费。

## 第五条 验收

5.1 软件上线运行后，甲方应及时使用。软件上线运行即视为甲方验收合格。

5.2 甲方在使用中发现的问题，可在免费维护期内提交乙方处理，但不影响验收结论。

5.3 甲方要求出具书面验收文件的，乙方可提供《上线确认单》，由甲方签字确认。甲方未签字的，不影响本条第5.1款的效力。

## 第六条 维护服务

6.1 乙方自软件上线运行之日起提供六个月的免费维护，包括问题修复和远程技术支持。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，年度维护费为软件许可费的10%，即每年16,800元，三年内不上调。

6.3 免费维护期内，乙方的维护服务不包括：因甲方操作不当、擅自修改配置、病毒感染或硬件故障引起的问题；甲方新增的功能需求；软件的重新安装和数据恢复。上述服务乙方可另行收费。

6.4 乙方服务时间为工作日9:00至18:00。甲方报告的严重问题，乙方在8小时内响应，并尽快安排处理；一般问题在两个工作日内响应。

## 第七条 知识产权

7.1 匠迹工艺流程追踪软件及乙方为本合同定制开发的全部程序、模板、页面及文档，其著作权及其他知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方录入软件的作品、原料、客户和订单数据归甲方所有。

8.2 乙方应采取合理的技术措施保障数据安全，包括访问控制、加密存储和定期备份；因乙方原因导致数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复并承担相应责任。

8.3 甲方同意，乙方可将甲方数据进行脱敏处理后，用于乙方软件产品的改进和行业分析报告。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密、技术资料及未公开信息负有保密义务，未经对方书面许可不得向第三方披露。

9.2 乙方可在其官网、宣传资料及客户案例中使用甲方名称和作品图片，用于展示合作成果。

9.3 本条约定在合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方未按期完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 在任何情况下，乙方均不对甲方的间接损失、利润损失或商誉损失承担责任。

10.4 甲方未按约定提供需求资料或确认意见超过三十日的，乙方有权按已完成工作量结算费用，并视为乙方已完成交付。

## 第十一条 第三方合作

11.1 为保证项目进度，乙方可将部分开发、实施工作委托其合作伙伴完成，但应事先通知甲方。乙方对合作伙伴的工作质量负责。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

12.2 合同解除后，甲方已支付的首付款不予退还，但乙方根本违约的除外。

12.3 合同解除或终止后，甲方应停止使用尚未付清款项部分的软件，并删除相应的安装程序和授权文件。

## 第十三条 甲方义务

13.1 甲方应指定项目联系人，负责需求沟通、资料提供和结果确认，并保证其提供的资料真实、完整。

13.2 甲方应按时支付合同款项，为乙方人员现场工作提供必要的办公条件和网络环境。

13.3 甲方应自行负责服务器的日常管理和数据备份。因甲方未按乙方建议进行备份导致数据丢失的，乙方仅协助恢复，不承担赔偿责任。

13.4 甲方不得将软件授权转让、出租或出借给第三方使用，不得超出授权用户数使用软件。甲方违反本款的，乙方有权终止授权并要求甲方赔偿。

## 第十四条 不可抗力

14.1 因不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。

## 第十五条 争议解决

15.1 因本合同引起的争议，双方友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

16.2 乙方报价单、《需求确认书》为本合同附件。附件与本合同条款不一致的，以本合同条款为准。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　　　乙方（签章）：

签订日期：　　年　　月　　日
"""

H863E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BRZ-WH-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuhan Changjiang Fleet Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Buyer"), and Berzal Sistemas de Mantenimiento, S.L., a company incorporated in Spain with its registered office in Ponferrada, León, Spain (the "Vendor").
P:The Buyer operates a fleet of trucks, trailers and forklifts from nine depots and wishes to replace its spreadsheet-based maintenance planning with the Vendor's fleet maintenance management software. The Vendor has agreed to license the software and to perform the implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's BerzalFleet maintenance management software, version 7, including the planning, work order, spare parts, tyre management and mobile technician modules, and all corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts and configuration developed by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's use, including vehicle, driver, depot, work order, cost and supplier data.
P:1.4 "Final Acceptance" means the written acceptance issued by the Buyer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in mainland China for up to 260 named users and an unlimited number of vehicles, for the business of the Buyer and its subsidiaries.
P:2.2 The Vendor shall perform the implementation services: installation, configuration for the nine depots, conversion of maintenance history from the existing spreadsheets, interfaces with the Buyer's ERP and telematics platform, report development, user training and go-live support.
P:2.3 The Software shall be delivered with a user interface and documentation in simplified Chinese and English.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,670,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,240,000; implementation services CNY 386,000; training CNY 44,000.
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements between the euro and the renminbi.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software has been installed on the Buyer's servers and the installation certificate has been signed. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and submit the Software for acceptance testing within 120 days after signature.
P:5.2 The acceptance criteria are: all functions in the Buyer's requirement specification work as described; converted maintenance history matches the source spreadsheets in a full record count and a sample check of 500 records; ERP and telematics interfaces exchange data without error for 10 consecutive working days; the system supports 200 concurrent users with page response times under 3 seconds; and no Severity 1 or Severity 2 defect remains open.
P:5.3 After a trial operation of 30 days meeting the criteria in Article 5.2, the Buyer shall issue a written Final Acceptance certificate. Go-live, productive use or payment does not mean acceptance.
P:5.4 If the Software fails the acceptance tests, the Vendor shall correct the defects at its own cost and repeat the tests within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months after Final Acceptance. During this period the Vendor shall correct defects, provide new versions and give telephone, e-mail and remote support free of charge.
P:6.2 Severity 1 means that the Software is unavailable or that work orders cannot be created at any depot. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall receive a response within 2 hours during business hours.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 1,000 from any amount due to the Vendor or claim it as a service credit.
P:6.4 After the warranty period the Buyer may order annual support. The annual support fee is 9% of the Software licence fee, that is CNY 111,600 per year, and is fixed for the first three years of support. Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third-party right and shall indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is hosted on the Buyer's servers in mainland China. The Vendor's staff shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and for a session approved in advance by the Buyer, and shall not copy Buyer Data outside the Buyer's systems or outside mainland China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in respect of any Buyer Data it accesses. The Vendor shall notify the Buyer of any actual or suspected security breach affecting Buyer Data within 12 hours after becoming aware of it, cooperate in the investigation and remediation, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party under this Agreement, use it only to perform this Agreement, and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation survives the termination of this Agreement for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice describing the breach.
P:12.2 The Buyer may also terminate if delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for deliverables not accepted, and the licence granted for any Software already paid for continues.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Spain.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the courts of Ponferrada, Spain, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated in the signature page.
P:15.3 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Annex 1: Requirement specification. Annex 2: Implementation plan. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H863E02 = """# ORDER FORM AND GENERAL TERMS - FIELDWISE SERVICE CLOUD

Order Form No. FW-CN-2026-0744

## PART A - ORDER FORM

### A1. Parties

**Provider:** Fieldwise Cloud Solutions, S.L., a company incorporated in Spain with its registered office at Calle del Pisar, Linares (Jaén), Spain.

**Customer:** Dongguan Hengrui Equipment Rental Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dongguan, Guangdong Province.

This Order Form is placed under, and incorporates, the General Terms in Part B. If this Order Form and the General Terms conflict, this Order Form prevails for this order.

### A2. Subscribed Service

The Customer subscribes to Fieldwise Service Cloud, the Provider's hosted software for planning and recording field service work, in the Professional edition, with the following modules: job scheduling and dispatch, technician mobile app, equipment register and service history, checklists and digital signatures, spare-parts stock in vans, customer portal, and standard dashboards. The subscription covers 180 named technician users and 40 named office users. The Customer may add users at any time at the unit fees in A3, pro rata for the rest of the Subscription Term.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Technician users | 180 users x CNY 1,150 per user per year | 207,000 | 414,000 |
| Office users | 40 users x CNY 1,975 per user per year | 79,000 | 158,000 |
| Onboarding package | one-time | - | 48,000 |
| Total | | 286,000 | 620,000 |

All fees are in renminbi and include VAT. Storage above 500 GB is charged at CNY 3 per GB per month; this usage charge is not included in the total above.

### A4. Subscription Term and Renewal

The Subscription Term is 24 months from the Service Start Date, which is the date on which the Provider makes the production tenant available to the Customer. The Provider shall make the production tenant available within 10 days after signature. At the end of the Subscription Term the subscription renews for successive periods of one Subscription Year each, at the same fees as in A3, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

### A5. Invoicing and Payment

The annual subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice date. The onboarding package fee is invoiced after the Customer signs the onboarding acceptance note under Section 4 of Part B and is payable within 30 days after the invoice date. No other amount is payable in advance.

### A6. Onboarding

The onboarding package includes: setting up the tenant and user roles; importing the Customer's equipment register (about 6,800 machines) and two years of service history; configuring twelve job checklists and three dispatch regions; an interface to the Customer's ERP for customer master data and invoices; and four remote training sessions for dispatchers and technicians. The Provider shall complete onboarding within 60 days after the Service Start Date.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed hosted software described in the Order Form, with its documentation and updates.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including equipment, job, customer, technician and location data, and all reports derived from it.

1.3 "Customer Configurations" means the checklists, report layouts, workflows and interface mappings created by the Provider for the Customer during onboarding.

1.4 "Subscription Year" means each consecutive annual period starting on the Service Start Date or on an anniversary of it.

### 2. Use of the Service

2.1 The Provider grants the Customer and its affiliates in mainland China a non-exclusive, non-transferable right to use the Service during the Subscription Term for their internal business.

2.2 The Customer shall not resell the Service, attempt to obtain its source code, or use it to build a competing product.

2.3 The Customer is responsible for the accuracy of Customer Data and for the acts of its users.

### 3. Operation and Support

3.1 The Provider will use commercially reasonable efforts to keep the Service available and to carry out planned maintenance outside the Customer's normal working hours in China.

3.2 The Provider offers support by e-mail and through its online ticket system between 9:00 and 18:00 Central European Time on Spanish working days. The Provider will deal with support requests in the order in which they are received and will use reasonable efforts to resolve them.

3.3 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions of the subscribed edition.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, the Provider shall give the Customer an onboarding completion notice.

4.2 The Customer shall check within 10 working days that: the equipment register and service history have been imported in full and match the source files in record count and in a sample of 200 records; all twelve checklists and three dispatch regions work as specified; the ERP interface transfers customer master data and invoices without error for five consecutive working days; and the training sessions have been held.

4.3 If the criteria are met, the Customer shall sign an onboarding acceptance note. If not, the Provider shall correct the deficiencies and resubmit. Access to the production tenant or use of the Service does not by itself mean onboarding acceptance.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and does not sell, share or analyse it for its own purposes.

5.2 The Service for customers in mainland China is hosted in a public cloud region in Shanghai operated by a cloud provider licensed in China. Customer Data is stored and processed in mainland China and is not transferred abroad; the Provider's staff in Spain access the production environment only in the ways the Customer has approved in writing and in line with Chinese law.

5.3 The Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, keeps access logs for at least one hundred and eighty days, and backs up Customer Data daily.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all steps needed to contain it, and compensate the Customer for the losses caused by the Provider's failure to comply with this Section 5.

5.5 Within 30 days after the end of the subscription the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and have them used by third parties without restriction.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information that it receives in connection with this Order Form and shall use it only for the purposes of this Order Form.

7.2 The obligation does not apply to information that is public, already known to the recipient, independently developed, or required to be disclosed by law. It survives for three years after the end of the subscription.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with this Order Form is limited to 200% of the total fees payable under this Order Form for the Subscription Term.

8.2 The limit does not apply to breach of Sections 5 and 7, infringement of intellectual property rights, personal injury, fraud or wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss or loss of profit, except in the cases listed in Section 8.2.

### 9. Subcontracting

9.1 The Provider may use the licensed cloud hosting provider named in Section 5.2. Any other subcontractor who may access Customer Data or perform services for the Customer requires the Customer's prior written consent.

### 10. Term and Termination

10.1 This Order Form runs for the Subscription Term and any renewal under A4.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

10.3 If the Customer terminates for the Provider's material breach, the Provider shall refund the prepaid fees for the period after termination.

10.4 Sections 5, 6, 7 and 8 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be given in writing by e-mail to the contacts named in the Order Form.

12.2 Neither party may assign this Order Form without the other's prior written consent, except to an affiliate taking over the relevant business.

12.3 This Order Form is signed in English and Chinese, and both versions have equal effect.
"""

H863E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-STORE SENSORS AND MONITORING SOFTWARE
P:Contract No. YNLL-PUR-2026-118
P:Buyer: Yunnan Lancang Fresh Produce Cold Chain Co., Ltd., Kunming, Yunnan Province, People's Republic of China.
P:Supplier: Agrosens Lorca Tecnología, S.A., Polígono Industrial Saprelorca, Lorca (Murcia), Spain, acting through its representative office in Shanghai.
P:This Contract is made on the Buyer's standard purchasing terms. The Buyer operates 14 cold stores and ripening rooms for fruit and vegetables and wishes to monitor temperature, humidity, ethylene and door status continuously. After a comparison of offers, the Buyer has selected the Supplier to supply the sensors, gateways and monitoring software and to install them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless sensors, gateways, mounting kits and accessories listed in clause 2.2.
P:1.2 "Software" means the Supplier's AgroSens Monitor software for monitoring, alarms and reporting, licensed under clause 7, with its documentation and updates.
P:1.3 "Custom Work" means the cold-store layouts, alarm rules, report templates and the interface to the Buyer's warehouse management system that the Supplier prepares for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 5.3.
P:1.5 The Supplier shall supply and install the Equipment in the 14 cold stores, install the Software on the Buyer's servers in Kunming, prepare the Custom Work, and train the Buyer's staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,260,000 including VAT, customs duties, transport to site, installation and all other costs of the Supplier. It is fixed for the duration of this Contract.
P:2.2 The Contract Price is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67|420|1,180|495,600
TB:2|LoRa gateway with 4G backup|36|6,400|230,400
TB:3|AgroSens Monitor perpetual licence, unlimited sensors, 25 users|1|380,000|380,000
TB:Equipment and licence subtotal||||1,106,000
TB:4|Installation, configuration and Custom Work|1 lot|128,000|128,000
TB:5|Training|1 lot|26,000|26,000
TB:Contract Price||||1,260,000
P:2.3 Ethylene sensors and door contacts are included in item 1 as plug-in modules at no extra charge.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all Equipment has been installed and the installation certificate has been signed. The installation certificate is not acceptance of the Equipment or the Software.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's cold stores in Kunming within 50 days after signature and complete installation within 80 days after signature.
P:4.2 Installation shall be carried out in coordination with the Buyer's operations so that cold-store temperatures are not disturbed. The Supplier shall follow the Buyer's food safety and site rules.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the installation certificate; title passes on payment under clause 3.2.
P:4.4 The Equipment shall be new, of current production and packed for transport by road and for storage in a humid environment. Each delivery shall include a packing list, certificates of origin and conformity, and the calibration certificate of each sensor.
P:4.5 The Supplier shall keep a stock of spare gateways and sensors in Kunming equal to at least one in twenty of the installed quantity of each item during the warranty period, so that faulty units can be replaced without waiting for shipment from Spain.
P:4.6 The Supplier shall carry public liability insurance covering its work at the Buyer's sites and shall show the certificate of insurance before installation starts.
H:5. Acceptance
P:5.1 After installation the Supplier shall carry out the acceptance tests with the Buyer. The acceptance criteria are: every sensor reports to the Software at the configured interval; the measured temperatures agree with a calibrated reference thermometer within 0.3 degrees Celsius at three points per store; alarms reach the duty phone by SMS and app within 60 seconds; the gateways switch to 4G when the LoRa backhaul is cut; the warehouse interface transfers store and batch data correctly; and the system runs 30 days without a Severity 1 incident.
P:5.2 If any criterion is not met, the Supplier shall correct the fault at its own cost and repeat the relevant test.
P:5.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate. Installation, use of the system in operation or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, correct Software defects and provide updates and remote support free of charge.
P:6.2 Severity 1 means that monitoring or alarms are unavailable for one or more cold stores. The Supplier shall respond to a Severity 1 incident within 30 minutes at any time and restore monitoring within 6 hours, if necessary by replacing a gateway from the spare stock kept in Kunming. Severity 2 means that individual sensors fail; the Supplier shall respond within 2 hours and fix within 2 working days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 restoration time, the Buyer may deduct CNY 1,200 from any amount due to the Supplier.
P:6.4 After the warranty period the Buyer may purchase annual support at 7% of the equipment and licence subtotal, that is CNY 77,420 per year, fixed for three years. Support does not renew automatically; the Buyer orders it each year.
P:6.5 The Supplier shall train the Buyer's cold-store supervisors, duty staff and IT administrators in two sessions held in Kunming, covering daily monitoring, alarm handling, sensor replacement and calibration checks, user administration and backup of the database.
P:6.6 The Supplier shall deliver user, administrator and installation manuals in Chinese, as-built drawings of the sensor and gateway positions for each store, and the interface specification, before Final Acceptance.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's business, with unlimited sensors and up to 25 concurrent users. The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall deliver the interface source code and all configuration files, and the Buyer may use, modify and license the Custom Work freely.
H:8. Data Security
P:8.1 All monitoring data, alarm records and reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software and its database are installed on the Buyer's servers. The Supplier may access them remotely only through the Buyer's VPN, for a session approved by the Buyer, and shall not copy data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the system within 12 hours, cooperate in remedying it, and compensate the Buyer for losses caused by its failure to comply with this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party under this Contract, including the Buyer's store layouts, stock and customer information, and shall not disclose it to any third party without written consent. This clause survives termination for three years.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or installation beyond the dates in clause 4.1, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation contractors approved in writing remain the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and Software that have not passed acceptance and take back that Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:14. General
P:14.1 This Contract is made in Chinese and English; both versions have equal effect. Any amendment must be in writing and signed by authorised representatives of both parties.
P:14.2 Annex 1: Technical specification. Annex 2: Installation plan and store list. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H863E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. TLV-FS-2026-05

**Between:** Foshan Nanzhuang Ceramic Tile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province ("Customer"),

**and:** Servicios Informáticos Talaverana, S.L., a company incorporated in Spain with its registered office in Talavera de la Reina (Toledo), Spain, acting in China through its wholly owned subsidiary in Guangzhou ("Provider").

**Background.** The Customer runs three tile factories, a showroom and a head office, with about 1,150 employees who use computers, and wishes to hand over its IT service desk, end-user support and server operations to the Provider for a fixed term. The Provider has experience of managed services for ceramics producers in Spain and China.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider handles in performing the Services.

1.5 "Transition" means the handover of the Services from the Customer's internal IT team to the Provider, and "Transition Acceptance" means the Customer's written confirmation under Section 4.3.

1.6 "Service Commencement Date" means the day after Transition Acceptance.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The parties may agree in writing to extend the Term. Any extension is at the Charges then in force unless the parties agree otherwise in writing. There is no automatic renewal.

## Section 3. Services

3.1 The Provider shall perform the Services in Schedule 1 at the Customer's sites and remotely from its Guangzhou service centre, with Mandarin and Cantonese speaking staff.

3.2 The Provider shall assign a named service delivery manager who meets the Customer's IT manager monthly to review performance, open problems and planned changes.

3.3 The Provider shall follow the Customer's change management process. No change to production servers or the factory network may be made without an approved change request, except in an emergency reported within one hour.

3.4 The Provider shall keep a knowledge base of solutions and procedures for the Customer's environment and hand it over at the end of the Term.

## Section 4. Transition

4.1 The Provider shall complete Transition within 75 days after signature, in accordance with a transition plan agreed within 10 days after signature.

4.2 Transition is complete when: all assets and user accounts are recorded in the Provider's service management tool and reconciled with the Customer's asset list; the knowledge base covers the 60 most frequent request types; the Provider's staff have handled tickets in parallel with the internal team for 20 working days while meeting the Service Levels; and backup restores of three production servers have been tested successfully.

4.3 The Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met, or state the missing items. Start of ticket handling by the Provider alone does not mean Transition Acceptance.

4.4 If Transition is not completed within the period in Section 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 each month and report its performance by the fifth working day of the following month.

5.2 If a Service Level is missed, the Customer shall receive the service credit stated in Schedule 2, deducted from the next invoice. Service credits are without prejudice to the Customer's other rights.

## Section 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. No amount is payable in advance.

6.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears after the monthly service report.

6.3 The Customer shall pay each correct VAT invoice within 30 days after receipt. The Charges are fixed for the Term.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term, the Provider shall hand over all Customer Data, documentation and the knowledge base to the Customer or to a new provider named by the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs, glaze recipes, prices and customer lists, and shall not disclose it to any third party without the other party's prior written consent.

8.2 The Provider shall ensure that its staff working on the Services are bound by written confidentiality obligations.

8.3 This Section survives termination or expiry for three years.

## Section 9. Intellectual Property

9.1 The Provider keeps ownership of its service management tool and its general methods.

9.2 Scripts, procedures, knowledge articles and documentation that the Provider prepares specifically for the Customer belong to the Customer, who may use and modify them and let any third party use them.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges paid and payable for the Term.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of Section 8.

## Section 11. Staff and Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

11.2 The Provider shall not replace its service delivery manager or on-site team lead without giving the Customer 30 days' notice and a suitable replacement.

## Section 12. Duration and End of the Agreement

12.1 This Agreement ends at the end of the Term, or earlier by written agreement of both parties.

12.2 The Provider may suspend the Services if an undisputed invoice remains unpaid for more than 60 days after a written reminder.

12.3 The Customer may reduce or extend the scope of the Services at any site by a change order agreed in writing, with the Charges adjusted at the unit rates in Schedule 3.

12.4 At the end of this Agreement, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be handed back without interruption.

## Section 13. Force Majeure

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, if it gives prompt notice and takes reasonable steps to continue performance.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the South China International Arbitration Center for arbitration in Shenzhen.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for about 1,150 users; logging, classification and first-line resolution of incidents and requests | 07:30-20:00 every day; on-call outside these hours |
| On-site support | Two engineers at the Nanzhuang factory, one at each other site on three days a week; desktops, laptops, printers, scanners, meeting rooms | Working days at each site |
| Server and storage operations | Monitoring, patching, backup and restore of 46 virtual and 9 physical servers and two storage arrays | 24 x 7 monitoring |
| Network operations | Monitoring and configuration of switches, firewalls and Wi-Fi at five sites, including factory production networks | 24 x 7 monitoring |
| Asset and licence management | Asset register, software licence tracking, joiners and leavers | Working days |
| Reporting | Monthly service report, quarterly review, annual improvement plan | Monthly |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (factory production network, ERP or e-mail down) - response | 30 minutes | 2% of the monthly service charge per incident |
| Priority 1 incident - restoration | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 incident - response | 1 hour | 1% of the monthly service charge |
| Service desk calls answered within 60 seconds | 90% of calls per month | 1% of the monthly service charge |
| Backups completed successfully | 98% per month | 1% of the monthly service charge |
| Total service credits | capped at 10% of the monthly service charge per month | |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee | 96,000 | once, after Transition Acceptance |
| Monthly service charge | 58,000 per month | monthly in arrears |
| Monthly service charge for the Term (36 months) | 2,088,000 | |
| Total Charges for the Term | 2,184,000 | |
| Additional work on request | CNY 520 per engineer hour | monthly in arrears |
| Exit assistance | CNY 520 per engineer hour | monthly in arrears |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

H863E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MTL-XM-2026-209

PARTIES

1.1 Costa Tropical Marine Data, S.L., a company incorporated in Spain with its registered office at the port of Motril (Granada), Spain ("Provider").

1.2 Xiamen Haiyue Coastal Shipping Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xiamen, Fujian Province ("Customer").

1.3 The Customer operates a fleet of coastal container and bulk vessels between ports in southern China and South-East Asia and wishes to receive marine weather forecasts, sea-state data and port congestion data through an application programming interface for its voyage planning and fuel management systems. The Provider compiles such data from its own models and licensed sources. The parties therefore agree as follows.

DEFINITIONS

2.1 "Data Products" means the marine weather forecast data (wind, waves, swell, currents and visibility), historical sea-state data from the start of the Subscription Term back to January 2016, and port congestion and berth waiting-time data for the ports listed in Annex A.

2.2 "API" means the Provider's application programming interface through which the Customer retrieves the Data Products.

2.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Service Start Date.

2.4 "Service Start Date" means the date on which the Provider makes production API keys available to the Customer, which shall be no later than 20 days after signature.

2.5 "Customer Inputs" means vessel lists, voyage plans, positions, fuel records and other data that the Customer sends to the API or to the Provider.

2.6 "Integration Work" means the adapters, mappings and test scripts that the Provider develops to connect the API to the Customer's voyage planning and fuel management systems.

SUBSCRIPTION AND LICENCE

3.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to retrieve the Data Products through the API, to store them in its own systems, and to use them for the operation of vessels that it owns or charters.

3.2 The Customer may display the Data Products to its crews, agents and charterers in connection with its own voyages, but may not resell the Data Products or offer them as a data service to third parties.

3.3 The subscription includes up to 3 million API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and are not included in the fees below.

3.4 The Provider shall keep the Data Products up to date: forecasts are refreshed every 6 hours and port congestion data at least every hour.

FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 348,000;
(b) subscription fee for Subscription Year 2: CNY 348,000;
(c) one-time integration fee for the Integration Work: CNY 24,000.
The total fees for the Subscription Term are CNY 720,000 including VAT.

4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after the invoice date.

4.3 The integration fee is invoiced after Integration Acceptance under clause 5.3 and is payable within 30 days after the invoice date.

4.4 The fees are fixed for the Subscription Term. All payments are made in CNY to the Provider's account with a bank in China.

INTEGRATION AND ACCEPTANCE

5.1 The Provider shall complete the Integration Work within 45 days after the Service Start Date.

5.2 The acceptance criteria are: the voyage planning system receives forecasts for all active vessels at each refresh without manual intervention; historical sea-state data for the agreed sample of 50 routes matches the Provider's reference files; port congestion data is received for every port listed in Annex A; and the integration runs without a Priority 1 incident for 14 consecutive days.

5.3 When the criteria are met, the Customer shall issue a written Integration Acceptance certificate within 5 working days. Use of the API in production does not by itself mean acceptance.

5.4 If the Provider does not make the production API keys available by the latest Service Start Date in clause 2.4, the Provider shall pay the Customer CNY 700 for each day of delay, up to 10% of the total fees.

SERVICE LEVELS

6.1 The API shall be available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Priority 1 means that the API cannot be reached, or forecasts have not been refreshed for more than 12 hours. The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore the service within 6 hours. Priority 2 incidents shall receive a response within 3 hours.

6.3 If availability in a month falls below the level in clause 6.1, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. For each hour by which the Provider exceeds the Priority 1 restoration time, the Customer receives a further credit of CNY 500.

CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider may use Customer Inputs only to provide the Data Products and the API to the Customer, and shall not use them for any other purpose, including for its own models or products.

7.2 The API endpoint serving the Customer and the storage of Customer Inputs are located in a cloud region in mainland China. The Provider encrypts Customer Inputs in transit and at rest, limits access to named staff, keeps access logs, and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Inputs within 24 hours, take immediate steps to contain it, and compensate the Customer for losses caused by its breach of this clause.

7.4 At the end of the Subscription Term the Provider shall return Customer Inputs on request and then delete them.

INTELLECTUAL PROPERTY

8.1 The Provider and its licensors own the Data Products and the API.

8.2 The Integration Work belongs to the Customer. The Provider shall deliver its source code, and the Customer may use, modify and have it maintained by any third party.

8.3 Voyage plans, reports and analyses that the Customer prepares using the Data Products belong to the Customer and may be kept after the Subscription Term.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers under a duty of confidence or as required by law.

9.2 This clause continues for three years after the end of the Subscription Term.

LIABILITY

10.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of charter hire.

10.3 The Data Products are forecasts and estimates. The master of each vessel remains responsible for navigational decisions.

SUBCONTRACTING

11.1 The Provider may use subcontractors, including data processing and cloud hosting providers, to perform this Agreement, by giving the Customer written notice of each new subcontractor. The Provider remains responsible for their performance.

TERM AND TERMINATION

12.1 This Agreement runs from signature until the end of the second Subscription Year. It does not renew automatically. The parties may agree a further subscription in writing.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 If the Customer terminates under clause 12.2, the Provider shall refund the unused part of the subscription fee for the current Subscription Year.

12.4 Clauses 7, 8, 9 and 10 survive termination.

FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failure of public telecommunications networks or satellite data sources, if it notifies the other party promptly and uses reasonable efforts to resume performance.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

GENERAL

15.1 This Agreement, with Annex A (port list) and Annex B (API documentation), is the entire agreement of the parties on its subject.

15.2 Any amendment must be in writing and signed by both parties.

15.3 Notices under this Agreement shall be sent by e-mail and courier to the contacts named in Annex B. A notice sent by e-mail is received on the next working day in the recipient's time zone.

15.4 This Agreement is made in English and Chinese, both versions having equal effect.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "h863z01": ("h863z01_commerce_bureau_flower_market_platform", "pdf", "zh", "software", "goods_or_licence"),
    "h863z02": ("h863z02_staple_factory_line_control_retrofit", "docx", "zh", "hardware", "goods_or_licence"),
    "h863z03": ("h863z03_paddle_tennis_chain_booking_saas", "txt", "zh", "cloud", "service"),
    "h863z04": ("h863z04_fishery_bureau_shelter_pump_boat_om", "txt", "zh", "services", "service"),
    "h863z05": ("h863z05_birch_bark_studio_tracking_supplier_template", "md", "zh", "software", "goods_or_licence"),
    "h863e01": ("h863e01_fleet_maintenance_licence_ponferrada_vendor", "pdf", "en", "software", "goods_or_licence"),
    "h863e02": ("h863e02_field_service_saas_order_form_linares_vendor", "md", "en", "cloud", "service"),
    "h863e03": ("h863e03_cold_store_sensors_monitoring_lorca_vendor", "docx", "en", "hardware", "goods_or_licence"),
    "h863e04": ("h863e04_managed_it_services_talavera_vendor", "md", "en", "services", "service"),
    "h863e05": ("h863e05_marine_data_api_subscription_motril_vendor", "txt", "en", "cloud", "service"),
}
SOURCES = {k.lower(): globals()[k.upper()] for k in FILES}

BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")
BASE_EXTRA = dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False)

# per draft: terms that differ from BASE, extras, contract value, TCO fee base, outside-mainland forum, design rules
DESIGN = {
    "h863z01": (dict(availability_pct=99.5, ld_rate_per_day_pct=0.03, prepayment_pct=20, warranty_months=24,
                     post_warranty_fee_pct=8), {}, 1518000, 760000, False,
                ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "h863z02": (dict(p1_response_hours=1, prepayment_pct=20, warranty_months=6, post_warranty_fee_pct=20), {}, 1300000,
                1188000, False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h863z03": (dict(availability_pct=99.95, confidentiality=False, ld_rate_per_day_pct=600 / 826000 * 100,
                     final_payment_on_acceptance=None, auto_renewal_price_increase=True), {}, 826000, None, False,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "h863z04": (dict(availability_pct=99.95, p1_response_hours=0.25, final_payment_on_acceptance=None), {}, 468000,
                None, False, []),
    "h863z05": (dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=10,
                     subcontract_without_consent=True, governing_law=None),
                dict(acceptance_deemed_on_delivery=True), 430000, 168000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h863e01": (dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=20, warranty_months=18,
                     post_warranty_fee_pct=9, governing_law="Spain"), {}, 1670000, 1240000, True,
                ["CR-GOVERNING-LAW"]),
    "h863e02": (dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=200,
                     final_payment_on_acceptance=None), dict(sla_clause=False, ld_stated=False), 620000, None, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h863e03": (dict(ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10, warranty_months=24,
                     post_warranty_fee_pct=7), {}, 1260000, 1106000, False, []),
    "h863e04": (dict(data_security_clause=False, ld_rate_per_day_pct=2000 / 2184000 * 100, liability_cap_pct=150,
                     final_payment_on_acceptance=None, termination_for_breach=False), {}, 2184000, None, False,
                ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h863e05": (dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=700 / 720000 * 100,
                     liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None,
                     subcontract_without_consent=True), {}, 720000, None, False,
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
}
# price components of each draft as stated in its text; their sum must be the contract value
PRICES = {
    "h863z01": [760000, 548000, 126000, 84000],
    "h863z02": [486000, 324000, 57600, 118400, 202000, 92000, 20000],
    "h863z03": [35 * 9600 * 2, 118000, 36000],
    "h863z04": [4 * 117000],
    "h863z05": [168000, 226000, 36000],
    "h863e01": [1240000, 386000, 44000],
    "h863e02": [2 * 180 * 1150, 2 * 40 * 1975, 48000],
    "h863e03": [420 * 1180, 36 * 6400, 380000, 128000, 26000],
    "h863e04": [36 * 58000, 96000],
    "h863e05": [348000, 348000, 24000],
}
LENGTH = {"zh": (2750, 3000), "en": (1450, 1650)}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns the post-warranty share in %, or None when it cannot be computed."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None or base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (value + post) * 100


def derive_rules(t, x, kind, value, base, foreign_forum):
    """My reading of policy §3 applied to the labels."""
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
        share = tco_share(t, value, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, lang, cat, kind = FILES[key]
    diff, xdiff, value, base, foreign, design = DESIGN[key]
    t = dict(BASE, **diff)
    if kind == "service":
        t["warranty_months"] = None
        t["post_warranty_fee_pct"] = None
    t["contract_kind"] = kind
    x = dict(BASE_EXTRA, **xdiff)
    if kind == "service":
        del x["post_warranty_fee_capped"]
    x["contract_value"] = value
    assert sum(PRICES[key]) == value, (key, sum(PRICES[key]), value)
    rules = derive_rules(t, x, kind, value, base, foreign)
    assert rules == sorted(design), (key, rules, design)
    for k, v in THRESH.items():
        assert v is None or t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    share = tco_share(t, value, base)
    assert share is None or abs(share - 40) > 2, (key, share)
    return {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}, share


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- reading the built files back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


CN = "一二三四五六七八九十百千两〇零"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百)(?![" + CN + "])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![" + CN + r"])四\s*(?:个)?\s*小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:months?|个月|月)", r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![" + CN + r"])十二\s*个\s*(?:自然)?月",
    r"(?<![\d.])1\s*years?\b", r"\bone\s*years?\b", r"(?<![\d" + CN + r"第每])一年",
    r"(?<![\d.])5\s*(?:years?|年)", r"\bfive\s*years?", r"(?<![\d" + CN + r"第])五\s*年",
]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时", "四小时", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "15%", "40%", "100%", "12 months", "12个月", "十二个月", "twelve months",
            "twelve calendar months", "5 years", "five years", "五年", "one year", "一年", "four hours"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "14 hours", "0.055%", "130%", "百分之三十五", "2.15%", "112 months",
             "二十四个月", "25 years", "每一年", "第一年", "2025年", "0.15%", "1.5%", "150%", "18 months",
             "二〇二五年", "one Subscription Year", "0.5%", "10.05"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [(p, m.group(0)) for f in forms for p in PATTERNS for m in re.finditer(p, f, re.I)]


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (stem, ext, *_rest) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    write({k: SOURCES[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: (f"{v[0]}.{v[1]}", v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, bad = set(), []
    for key, (stem, ext, lang, *_r) in FILES.items():
        lab, share = label(key)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / f"{stem}.{ext}")
        n = length(text, lang)
        lo, hi = LENGTH[lang]
        hits = scan(text)
        print(f"{key} {lang} len={n} [{lo}-{hi}] risk={risk(lab['expected_rules'])} "
              f"tco={'-' if share is None else round(share, 2)} rules={lab['expected_rules']}")
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        if hits:
            bad.append((key, "threshold text", sorted(set(hits))))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        bad.append(("coverage", missing))
    for b in bad:
        print("FAIL", b)
    assert not bad
    print("all checks passed")
