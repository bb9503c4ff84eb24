"""holdout600: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
lengths, threshold-free text, label/rule consistency and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H600Z01 = """T:临沂市民政局智慧养老服务监管平台建设项目合同
P:合同编号：LYMZ-ZFCG-2025-0617
P:甲方（采购人）：临沂市民政局
P:乙方（供应商）：山东颐康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就智慧养老服务监管平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供养老服务监管平台软件许可（市、区县、街道三级，不限用户数），并完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：养老机构星级评定与日常检查模块、居家养老上门服务工单监管模块、高龄津贴与服务补贴核算模块、适老化改造项目管理模块、全市养老服务监管驾驶舱，以及与省民政一体化平台、市医保系统、市大数据局共享交换平台的接口。
P:1.3 数据对接与迁移：将现有养老机构、老年人基础信息、补贴发放记录等历史数据迁移至新平台，并完成清洗、比对。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾伍万陆仟元整（¥2,156,000），包括：平台软件许可费¥1,160,000；定制开发费¥742,000；数据对接与迁移费¥168,000；部署实施及培训费¥86,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥431,200。
P:3.2 平台上线并通过初验后，甲方支付合同总价的45%，即¥970,200。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥754,600。
P:3.4 甲方资金来源为财政资金，付款以财政支付流程为准，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后150日内完成全部定制开发、部署和数据迁移，并提交初验申请。
P:4.2 乙方应提交需求规格说明书、概要设计、详细设计、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初验条件：各模块功能符合招标文件技术需求和经甲方确认的需求规格说明书；历史数据迁移比对无差错；与省、市平台接口连续运行10日无数据丢失；在300个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收条件：初验后试运行90日，期间无一级故障；完成第三方软件测评和网络安全等级保护三级测评，高风险问题全部整改；全部文档和源代码交付齐全。
P:5.3 甲方应在收到验收申请后15个工作日内组织验收，验收结论以书面验收报告为准。平台上线、甲方实际使用或甲方付款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且质保期满后前三个维护年度内不上调。维护合同按年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前3个工作日通知甲方并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或补贴核算错误）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，1个工作日内解决；三级故障：2个工作日内解决。
P:7.3 乙方每超过响应或恢复时限1小时，甲方有权扣减服务费¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,500，从质保金或应付款项中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、驾驶舱、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台内的老年人个人信息、补贴发放数据及业务数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施，运维操作须经堡垒机，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露或安全事件，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、老年人信息及系统配置负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且在甲方指定期限内未能整改的，甲方有权要求乙方返工并赔偿由此造成的损失。
H:第十二条 分包
P:12.1 乙方不得将本项目转包；未经甲方书面同意，乙方不得分包本项目的任何部分。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 项目管理与人员
P:14A.1 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，并常驻甲方现场直至初验完成。乙方更换项目经理须提前10日书面征得甲方同意。
P:14A.2 乙方应每周向甲方提交项目周报，说明进度、问题及风险；甲方有权对进度滞后的工作要求乙方增加人员。
P:14A.3 乙方应对区县民政局、街道及养老机构的系统管理员和业务人员开展分级培训，培训不少于12场次，并提供培训教材和操作视频。
P:14A.4 乙方应配合甲方完成平台在市政务云的部署，遵守政务云的安全管理要求，并按甲方要求编制系统上线方案和回退方案，经甲方审定后实施。平台上线前，乙方应对全部账号权限进行梳理，确保各级用户仅能访问其辖区内的养老服务数据。
P:14A.5 乙方应在平台内提供操作留痕功能，对补贴核算参数的修改须经甲方两级审核，审核记录不得删除。
P:14A.6 乙方应在初验前完成平台压力测试和安全漏洞扫描，并将测试报告提交甲方；发现的问题应在初验前整改完毕。
P:14A.7 乙方应为甲方免费提供平台移动端应用，供街道工作人员开展入户核查和机构检查时使用。
H:第十四条之二 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的礼金、礼品、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况报送政府采购监管部门。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临沂市民政局　　乙方（盖章）：山东颐康信息技术有限公司
"""

H600Z02 = """T:挤出生产线控制系统改造及维保合同
P:合同编号：WHDL-JS-2025-088
P:甲方：芜湖华东电缆有限公司
P:乙方：合肥精控自动化工程有限公司
P:甲方拟对其三条交联电缆挤出生产线的电气控制系统进行改造，乙方负责设备供货、控制软件许可、安装调试及质保期后的维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 对甲方一号至三号挤出生产线的主控系统、牵引与收线驱动、在线测径测偏、温控系统进行整体更换和改造，实现挤出速度、牵引速度与线径的闭环控制。
P:1.2 乙方提供挤出线控制软件许可，包括工艺配方管理、生产报表、设备状态监视，以及与甲方制造执行系统（MES）的数据接口。
P:1.3 改造须在甲方安排的停机窗口内分线完成，每条线停机不超过10日，不得影响其余生产线运行。
H:第二条 合同价款
P:2.1 设备及软件明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜（含I/O模块）|3套|186,000|558,000
TB:2|伺服牵引与收线驱动系统|3套|124,000|372,000
TB:3|在线测径测偏仪|3台|96,000|288,000
TB:4|挤出线控制软件许可（永久）|3套|58,000|174,000
TB:5|工控机及触摸屏HMI|6台|23,500|141,000
TB:|设备及软件小计|||1,533,000
TB:6|安装调试及停机改造|1项|214,000|214,000
TB:7|操作与维护培训|1项|28,000|28,000
TB:|合同总价|||1,775,000
P:2.2 合同总价为人民币壹佰柒拾柒万伍仟元整（¥1,775,000），含税、运输、保险及安装调试费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款（¥355,000）。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%（¥887,500）。到货及安装不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%（¥443,750）。
P:3.4 余款5%（¥88,750）作为质量保证金，质保期满且无未决质量问题后支付。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后75日内将全部设备运抵甲方厂区，并在甲方通知的停机窗口内完成安装调试。
P:4.2 乙方现场人员须遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业票。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线调试，全部完成后进行最终验收。验收标准：线径控制偏差不超过±0.02毫米；偏心度检测结果与离线抽检一致；升降速过程无断线、无堆料；配方切换时间不超过5分钟；连续生产72小时无控制系统故障；与MES系统的数据接口完整、准确。
P:5.2 验收由甲方设备部、生产部和乙方共同进行，形成书面验收报告。设备到货、安装完成或投入试生产，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换及软件缺陷修复均由乙方免费负责。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的8%计取，即每年¥122,640，质保期满后前三个维保年度内不作调整。
P:6.3 一级故障（生产线因控制系统停机）：乙方接到通知后30分钟内响应，6小时内到达现场；二级故障：2小时内响应，次日内到场处理。
P:6.4 乙方响应或到场每超时1小时，按¥1,000向甲方支付违约金，从维保费或质量保证金中扣除。
H:第七条 知识产权与数据
P:7.1 为本项目编写的控制程序、工艺配方模板、HMI画面及MES接口程序的源代码及知识产权归甲方所有；控制软件平台本身的知识产权归乙方，甲方享有永久使用权。
P:7.2 生产工艺参数、配方、产量及质量数据属于甲方，乙方仅为履行本合同使用，不得复制、带离或用于其他用途。
P:7.3 乙方远程维护须经甲方审批，并通过甲方工业防火墙和堡垒机进行，全程留存日志；发现数据泄露或网络安全事件，乙方应在24小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担。
H:第八条 保密
P:8.1 双方对履约中获得的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 设备或软件不符合合同约定的，乙方应在甲方通知后10日内更换或整改，并承担由此产生的费用。
H:第十条 分包
P:10.1 乙方可将现场电缆敷设、桥架安装等辅助施工分包给具备相应资质的第三方，分包前书面通知甲方即可，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交合肥仲裁委员会仲裁。
H:第十二条之一 安全生产与现场管理
P:12A.1 乙方应在进场前提交施工组织方案和安全技术措施，经甲方设备部审核后实施。改造期间拆除的旧控制柜、电机驱动器等设备归甲方所有，乙方应按甲方指定地点码放，不得擅自处置。
P:12A.2 乙方应为现场人员办理工伤保险和意外伤害保险；因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担全部责任。
P:12A.3 每条生产线改造完成后，乙方应派工程师跟班保产不少于7日，指导甲方操作工完成开机、换规格、停机及异常处置，并提交跟班记录。
H:第十二条之二 技术资料
P:乙方应在最终验收前向甲方提交电气原理图、接线图、PLC程序注释、HMI画面说明、备品备件清单及操作维护手册各三套（纸质及电子版），技术资料不全的，甲方有权暂不组织最终验收。
H:第十二条之二A 备品备件
P:乙方应随设备提供首批备品备件（PLC模块、驱动器、测径仪探头各一套），并保证自最终验收起八年内持续供应同型号或兼容型号的备件，备件价格不高于本合同同类设备单价。若原型号停产，乙方应提前6个月通知甲方并提供替代方案及程序移植服务，不另行收费。
P:12A.4 改造期间因乙方原因导致甲方生产线超出约定停机窗口的，乙方应配合甲方采取临时措施尽快恢复生产，并承担由此增加的费用。
P:12A.5 乙方应在改造前对原控制系统的程序和参数进行完整备份并交甲方保存，改造后如需回退，乙方应在甲方要求的时间内恢复原系统运行，确保甲方生产订单按期交付。
P:12A.6 乙方应对甲方电工和设备维修人员进行专项培训，使其能够独立完成常见故障判断、模块更换和程序备份恢复，培训考核合格人数不少于6人，培训记录和考核结果由乙方整理后交甲方设备部存档。
H:第十二条之三 不可抗力
P:因地震、洪水等不可抗力不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延。
H:第十三条 其他
P:13.1 本合同附件包括技术协议、设备清单及验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：芜湖华东电缆有限公司　　乙方（盖章）：合肥精控自动化工程有限公司
"""

H600Z03 = """蜀味坊连锁火锅门店排队及会员管理SaaS服务合同

合同编号：SWF-IT-2025-031
甲方：成都蜀味坊餐饮管理有限公司
乙方：成都云麦数智科技有限公司

甲方在川渝及周边地区经营75家直营火锅门店，现委托乙方提供线上排队取号、会员管理及营销活动的SaaS服务，并完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方为甲方75家门店开通排队叫号、预订、会员积分与储值、优惠券营销、门店经营报表等SaaS功能，服务期为两个服务年度，自上线验收合格之日起算。
（二）实施服务：
1. 按甲方门店清单完成系统配置、叫号屏与小票机对接；
2. 将甲方现有会员、积分、储值余额数据迁移至乙方平台；
3. 开发与甲方收银系统、微信小程序的数据接口；
4. 对门店店长和前厅人员进行培训，每家门店不少于一次现场或远程培训。

二、服务费用
（一）订阅费：每家门店每个服务年度¥4,680，75家门店每个服务年度合计¥351,000，两个服务年度合计¥702,000。
（二）实施费：¥138,000（一次性）。
（三）合同总价：¥840,000（含税）。新增门店按同一单价按月折算。
（四）短信通知费按实际发送量另行结算，不计入合同总价。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费于该服务年度开始后10个工作日内支付。
（三）乙方应在收款前开具合法有效的增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后45日内完成全部75家门店的配置、数据迁移及接口开发。
（二）上线验收标准：
1. 会员数量、积分及储值余额迁移前后逐一核对一致；
2. 排队、预订、积分、储值、核销等功能符合附件一功能清单；
3. 高峰时段500家次并发取号时，取号响应时间不超过2秒；
4. 收银系统接口连续7日运行无数据差错。
（三）验收由甲方信息部与运营部共同组织，出具书面验收单。门店开始试用不视为验收合格。
（四）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划维护应安排在凌晨2点至6点之间并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法取号、收银核销中断）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或部分功能异常）：1小时内响应，当日内解决；
3. 三级故障（咨询、报表等一般问题）：1个工作日内答复。
（三）乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方开发的收银接口、小程序接口程序、定制报表及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

七、数据归属与安全
（一）甲方会员信息、消费记录、储值数据等业务数据属于甲方，乙方仅为向甲方提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储，实行最小权限访问和操作日志审计，平台应通过网络安全等级保护三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担由此造成的损失及监管处罚。
（四）合同终止后30日内，乙方应将全部数据以约定格式交还甲方，并在甲方确认后删除。

八、保密
双方对在合作中获知的对方经营数据、会员数据、价格政策及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

九、续期与调价
（一）服务期届满前30日内任何一方未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权按其届时公布的价目表调整订阅单价，并在续期开始前通知甲方，甲方应按调整后的单价支付订阅费。

十、分包
乙方不得将本合同项下服务分包或转包给第三方；确需由第三方提供短信通道或云资源的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。
（二）甲方逾期付款超过60日的，乙方可书面催告后暂停服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十二之一、双方责任
（一）甲方责任：
1. 指定一名项目联系人，负责门店清单、会员数据及收银系统接口资料的提供；
2. 按时支付服务费用，并督促门店按操作手册使用系统；
3. 对其员工账号的使用行为负责。
（二）乙方责任：
1. 指定项目经理和客户成功经理，实施期间每周通报进度，上线后每季度回访一次；
2. 平台功能升级不得降低本合同约定的功能和性能，重大升级应提前7日通知甲方并安排在非营业高峰时段；
3. 门店新开、关闭或迁址时，乙方应在3个工作日内完成门店开通或停用配置；
4. 为每家门店提供不少于一次的节假日高峰期保障提醒，并在春节、国庆等高峰期安排专人值守。

（三）上线后运营支持：
1. 乙方应为甲方配置会员营销活动模板不少于20套，并在上线后前三个月每月协助甲方策划一次会员营销活动；
2. 乙方应每月提供门店排队时长、翻台率、会员复购率等经营分析报表，报表口径经甲方确认后不得擅自更改；
3. 甲方门店使用中提出的操作问题，乙方应通过在线客服在10分钟内答复。
（四）系统账号与权限：乙方应按甲方提供的组织架构设置总部、区域和门店三级账号权限，门店账号不得查看其他门店的会员信息，账号的开通、变更和注销须留存记录。

（五）数据迁移配合：迁移前乙方应出具迁移方案和核对清单，迁移过程中保留原系统数据不作删除，迁移后由双方共同抽查会员储值余额，发现差异的由乙方查明原因并更正。

（六）门店硬件：叫号屏、小票机等门店硬件由甲方自行采购，乙方应提供兼容型号清单并负责远程调试，因型号不兼容导致无法使用的，乙方应协助甲方更换方案。

（七）服务期内乙方平台版本升级导致门店操作方式发生较大变化的，乙方应提前提供操作说明并安排线上培训，培训视频应长期保留供新入职员工学习。

十二之二、不可抗力
因自然灾害、公共卫生事件、电信运营商大范围故障等不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复服务，双方均不承担违约责任，但乙方应在事后书面说明原因及处理情况。

十二之三、通知
本合同项下的通知应以书面形式送达合同首页所载地址或双方确认的电子邮箱，以电子邮件发送的，发送成功之日视为送达。

十二之四、廉洁
双方人员不得索取或收受对方的回扣、礼金或其他不正当利益，违反者所在方应承担相应责任。

十三、其他
附件一（功能清单）、附件二（门店清单）为本合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都蜀味坊餐饮管理有限公司
乙方（盖章）：成都云麦数智科技有限公司
"""

H600Z04 = """国家税务总局绍兴市柯桥区税务局
办税服务厅排队叫号系统运维服务合同

项目编号：KQSW-YW-2025-07
甲方：国家税务总局绍兴市柯桥区税务局
乙方：浙江越通信息工程有限公司

根据政府采购相关规定及本项目竞争性磋商结果，甲方委托乙方对区局办税服务厅及三个分局办税服务厅的排队叫号系统提供年度运维服务。双方经协商一致，签订本合同。

第一条 服务范围
一、运维对象：四个办税服务厅的排队叫号服务器2台、取号机14台、窗口评价器86台、综合显示屏21块、语音播报设备及排队叫号管理软件。
二、服务内容：日常巡检、故障处理、软件缺陷修复与配置调整、数据备份、叫号数据统计报表、系统与电子税务局预约接口的维护，以及办税高峰期驻场保障。
三、服务期限：自2025年7月1日起至2026年6月30日止。

第二条 服务费用及支付
一、运维服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含人工、备品备件、交通及税费。
二、服务费按季度支付，每季度¥121,500。乙方于每季度末提交季度服务报告，经甲方考核合格后15个工作日内支付当季服务费。
三、本合同不设预付款。

第三条 服务要求
一、巡检：乙方每周对各厅设备巡检一次，每月提交巡检报告，发现隐患应及时整改。
二、驻场：每月征期申报高峰期（每月1日至15日）乙方须安排1名工程师在区局办税服务厅驻场。
三、备件：乙方应在本地储备取号机、评价器、显示屏常用备件，保证故障设备当日更换。
四、变更：排队规则、业务类型和窗口调整，乙方应在接到甲方通知后1个工作日内完成配置。

第四条 服务水平
一、排队叫号系统在办税服务时间内的可用率不低于99.95%。
二、一级故障（任一办税服务厅整体无法取号或叫号）：乙方应在15分钟内响应，1小时内到达现场，2小时内恢复，无法及时恢复的应启动人工叫号应急预案并协助甲方维持秩序。
三、二级故障（个别设备或功能故障）：30分钟内响应，当日内修复。
四、乙方每超过一级故障响应或恢复时限30分钟，甲方从当季服务费中扣减¥600；可用率低于约定值的，每低于0.01个百分点扣减¥500。

第五条 考核与验收
一、甲方按季度对乙方服务进行考核，考核内容包括故障响应及时率、故障修复率、巡检完成情况、纳税人投诉情况和报告质量。季度考核得分低于85分的，甲方可按比例扣减当季服务费。
二、服务期满后，甲方依据四个季度考核结果和服务报告进行年度验收，出具书面验收意见。

第六条 数据安全
一、叫号记录、纳税人预约信息、评价数据及系统日志均属于甲方，乙方仅为履行运维义务使用，不得用于其他目的。
二、乙方运维人员须签署安全承诺书，只能在甲方指定终端上通过堡垒机操作，不得私自接入外部网络或拷贝数据；更换的存储介质须经甲方消磁或销毁后方可带离。
三、发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担。

第七条 保密
乙方及其人员对履约中知悉的纳税人信息、税收数据、甲方内部工作信息负有保密义务，不得向任何第三方泄露；本条义务不因合同期满而终止。

第八条 成果归属
乙方在运维过程中形成的配置文档、运维脚本、统计报表及应急预案归甲方所有，甲方可自行使用和修改。

第九条 违约责任
一、乙方未按时完成巡检、整改或变更配置的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
二、乙方在本合同项下承担的累计赔偿责任（含违约金及扣减的服务费）以合同总价的50%为限，但因乙方故意或重大过失造成数据泄露的除外。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 合同期满与终止
一、本合同于服务期满时自然终止，不自动续期。甲方如需继续采购运维服务，应按政府采购程序另行确定供应商。
二、因不可抗力致使合同无法履行的，双方可协商终止合同，互不承担违约责任。

第十二条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二条之一 人员要求
一、乙方应指定1名项目负责人和不少于2名运维工程师负责本项目，名单报甲方备案。运维人员应具备相关专业资格，熟悉排队叫号系统和办税服务厅业务流程。
二、乙方人员进入办税服务厅须佩戴工作证，遵守甲方办公秩序和着装规定，不得在纳税人面前议论税收业务。
三、乙方更换项目负责人或运维工程师的，应提前5个工作日书面告知甲方，并做好工作交接，确保服务不中断。

第十二条之二 应急保障
一、乙方应制定排队叫号系统应急预案，包括服务器故障、网络中断、断电等情形下的人工取号和分流措施，并报甲方审定。
二、乙方每半年配合甲方开展一次应急演练，演练结束后提交演练报告和改进措施。
三、在个人所得税汇算清缴、社保费集中缴纳等业务高峰期，乙方应提前完成设备全面检查，并增派人员现场值守。

第十二条之三 服务交接
服务期满时，乙方应向甲方或甲方指定的后续服务商移交系统配置、账号口令、运维文档、备品备件清单和未关闭问题清单，并提供不少于10个工作日的交接配合，交接情况以书面记录为准。

第十二条之三A 报告与档案
一、乙方应于每月5日前提交上月运维月报，内容包括设备运行情况、故障处理记录、巡检结果、取号量和平均等候时长统计以及改进建议。
二、乙方应建立设备运维档案，记录每台设备的型号、序列号、安装位置、维修和更换情况，服务期满时随交接资料一并移交甲方。
三、甲方调整办税服务厅布局或增设窗口时，乙方应配合完成设备移机、安装和调试，本合同约定数量范围内的移机不另行收费。

第十二条之三B 设备管理
一、本合同运维对象的设备产权属于甲方，乙方不得擅自拆卸、调换或移作他用。
二、乙方更换的故障部件须经甲方确认后方可带离，更换记录应由甲方现场管理人员签字确认。
三、乙方应每季度对取号机、评价器的触摸屏和打印机进行清洁保养，并检查纸张、色带等耗材的储备情况，确保办税高峰期间不因耗材短缺影响取号。

第十二条之三C 纳税人服务
乙方应配合甲方做好纳税人满意度管理，窗口评价数据应如实采集和统计，不得擅自修改或删除。叫号系统的语音播报内容、显示屏滚动信息须经甲方审核后发布，乙方不得自行发布任何与税务工作无关的信息或广告。

第十二条之三D 信息化协同
电子税务局预约接口或税务系统网络环境发生调整的，乙方应在甲方通知后3个工作日内完成排队叫号系统的适配和联调测试，并提交测试记录，确保预约办税业务正常开展。接口调整涉及软件修改的，修改后的程序及说明文档归甲方所有。

第十二条之四 廉洁
乙方不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得以任何方式干扰甲方依法行政。

第十三条 其他
一、磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
二、本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：国家税务总局绍兴市柯桥区税务局
乙方（盖章）：浙江越通信息工程有限公司
签订日期：2025年6月20日
"""

H600Z05 = """# 农产品质量追溯系统软件许可及开发合同

**（禾链科技标准合同文本 HL-2024 版）**

合同编号：HL-XS-2025-0219

甲方：富平县秦柿食品有限公司

乙方：陕西禾链网络科技有限公司

鉴于甲方为柿饼加工企业，拟建设从柿园采收、削皮晾晒、捏饼上霜、分级包装到电商销售的全过程质量追溯系统，乙方拥有“禾链农产品追溯平台”软件著作权，双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供禾链农产品追溯平台V5.0软件许可一套（部署于甲方服务器，授权用户数不限）。

1.2 乙方根据甲方需求进行定制开发，包括：原料柿收购批次赋码、晾晒房温湿度监测数据接入、一物一码包装标签打印、经销商扫码出入库、电商平台订单对接和消费者扫码查询页面。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|禾链农产品追溯平台V5.0软件许可|620,000|
|2|定制开发|186,000|
|3|部署实施及培训|54,000|
||合计|860,000|

合同总价为人民币捌拾陆万元整（¥860,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥559,000，乙方收到款项后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%余款，即¥301,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施和服务。

## 第四条 实施进度

4.1 乙方在收到首期款后开始需求调研，计划于90日内完成部署和定制开发，具体进度以乙方项目计划为准。

4.2 因甲方需求变更、基础数据提供不及时、现场条件不具备等原因造成的延误，实施期限相应顺延。

4.3 柿子采收季节性强，甲方应在采收季开始前配合乙方完成标签打印设备和网络环境的准备。

## 第五条 上线与验收

5.1 乙方完成部署并通知甲方后，系统即投入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后如发现问题，可向乙方反馈，乙方视情况予以处理。

## 第六条 技术支持与维护

6.1 乙方自系统上线之日起提供六个月免费维护期，维护期内提供远程技术支持和缺陷修复。

6.2 乙方将尽合理努力通过电话、微信和远程方式为甲方提供技术支持，服务时间为工作日9:00至17:30。

6.3 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的26%计收，即每年¥161,200，按年预付。

6.4 年度维护内容包括平台版本升级、远程技术支持及缺陷修复，现场服务另行收费。

## 第七条 知识产权

7.1 禾链农产品追溯平台及乙方为本项目定制开发的全部程序、接口、页面模板及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，或将其提供给第三方使用。乙方可将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中录入的收购、生产、库存、销售数据由甲方使用和管理。

8.2 乙方有权在去除甲方名称后，将系统中的产量、价格、销售流向等数据汇总用于行业分析报告、产品改进及市场推广。

8.3 乙方应采取防火墙、访问权限控制、数据加密和定期备份等措施保障系统数据安全；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据并赔偿甲方因此遭受的直接损失。

## 第九条 保密

双方对本合同内容及履约中获知的对方商业秘密负有保密义务，未经对方书面许可不得向第三方披露，但依法须披露的除外。保密义务在本合同终止后继续有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。

10.2 乙方不对因甲方操作不当、网络故障、第三方设备、不可抗力等原因造成的系统中断或数据错误承担责任。

## 第十一条 合同解除

任何一方严重违反本合同且在对方书面通知后30日内未予纠正的，守约方有权解除本合同。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交西安仲裁委员会仲裁。

## 第十二条之一 双方义务

12A.1 甲方应提供系统运行所需的服务器、操作系统、数据库、网络环境及标签打印设备，并指定专人配合乙方开展需求调研和系统测试。

12A.2 甲方应按乙方要求整理并提供柿园、农户、收购点、产品规格、包装规格等基础数据，并对数据的真实性负责。

12A.3 乙方应按本合同约定完成部署和开发，对甲方操作人员开展不少于两次集中培训，并提供操作手册电子版。

12A.4 甲方如需增加本合同约定以外的功能或接口，双方应另行协商费用及工期，并签订补充协议。

12A.5 乙方提供的标签打印模板、扫码查询页面样式按乙方标准版本提供，甲方如需个性化设计，按乙方报价另行收费。

12A.6 系统上线后，甲方应指定一名系统管理员负责日常账号管理和数据录入监督，因甲方操作人员录入错误导致的追溯信息错误，由甲方自行负责更正。

12A.7 乙方可根据产品发展需要对追溯平台进行版本升级，升级后的功能以乙方发布的版本说明为准。

12A.8 甲方应妥善保管系统管理员账号和密码，因甲方账号管理不当造成的数据泄露或误操作，乙方不承担责任。12A.9 乙方可在系统登录页面和消费者扫码查询页面显示乙方名称及“禾链追溯”标识，甲方不得擅自删除。12A.10 合同履行期间，乙方可将甲方作为成功案例用于宣传，但不得披露甲方的商业秘密。

12A.11 甲方自行安装的其他软件或对服务器环境所作的修改导致系统运行异常的，乙方提供的处理服务另行收费。12A.12 乙方对标签打印机、扫码枪等第三方硬件设备的兼容性不作保证，甲方采购前应征询乙方意见。12A.13 系统运行期间甲方服务器的日常巡检、数据库备份及操作系统补丁由甲方负责，乙方可提供远程指导，远程指导的时间和方式由乙方根据工作安排确定。

12A.14 系统上线后甲方新增收购点、包装线或电商店铺的，乙方按本合同单价标准另行报价，经甲方确认后实施。新增部分的免费维护期按本合同第6.1条执行，维护费按第6.3条标准另行计收。

## 第十二条之二 不可抗力

因自然灾害、政策调整、电力或通信中断等不可抗力因素导致合同不能履行或不能按期履行的，受影响方不承担责任，但应及时通知对方。

## 第十二条之三 通知与联系

双方指定的项目联系人及联系方式以附件为准。一方变更联系人的，应及时书面通知对方；未通知的，按原联系方式发送即视为送达。

## 第十三条 其他

13.1 本合同未尽事宜，双方可另行签订补充协议。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：富平县秦柿食品有限公司

乙方（盖章）：陕西禾链网络科技有限公司
"""

H600E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TSS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianjin Binhai Coldchain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in the Binhai New Area, Tianjin ("Customer"), and Treasure Valley Supply Systems, Inc., an Idaho corporation with its principal office at 950 West Bannock Street, Boise, Idaho 83702, USA ("Vendor").
P:Background: Customer operates four temperature-controlled warehouses in Tianjin and Langfang and wishes to replace its current warehouse management system. Vendor licenses the FrostLine warehouse management software and provides related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine WMS server and mobile modules in object code, including the Documentation and any updates, upgrades and corrections supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by Vendor specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for Customer, including inventory, temperature logs, order, shipment and consignee data.
P:1.4 "Final Acceptance" means the written confirmation issued by Customer under Article 5.3.
P:1.5 "Severity 1 Incident" means a failure that stops receiving, put-away, picking or dispatch at any warehouse, or that causes loss or corruption of Customer Data.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at Customer's sites and data centres for the business of Customer and its affiliates in mainland China, for an unlimited number of named users and devices.
P:2.2 Customer may make reasonable copies of the Software for backup, disaster recovery and testing.
P:2.3 The Software remains the property of Vendor and its licensors. Nothing in this Article limits Customer's rights in the Custom Deliverables under Article 8.
H:Article 3 Services
P:3.1 Vendor shall provide implementation services comprising process design workshops, configuration of the four warehouses, integration with Customer's ERP, transport management system and temperature monitoring platform, migration of open inventory and master data, user acceptance support, training of key users and go-live support.
P:3.2 Vendor shall complete the services in accordance with the project plan in Annex 2, with Go-Live of all four warehouses no later than 150 days after the Effective Date.
P:3.3 Vendor shall assign a named project manager who speaks Mandarin and shall not replace key personnel without Customer's prior approval, which shall not be unreasonably withheld.
P:3.4 Customer shall provide Vendor with timely access to its sites, systems and key users, and shall make decisions on design questions within five business days. Vendor shall record any delay caused by Customer in the weekly status report; only delays so recorded may extend the dates in Annex 2.
P:3.5 Vendor shall deliver a cut-over plan for each warehouse, including a rollback plan, at least ten business days before its Go-Live, for Customer's approval.
H:Article 4 Fees and Payment
P:4.1 The Contract Price is CNY 2,040,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,380,000; implementation services CNY 520,000; data migration CNY 96,000; training CNY 44,000. The price is fixed and covers all travel and expenses.
P:4.2 Customer shall pay the Contract Price as follows: (a) 20% (CNY 408,000) within 30 days after the Effective Date against Vendor's invoice; (b) 45% (CNY 918,000) within 30 days after Go-Live of all four warehouses, Go-Live not being acceptance; and (c) 35% (CNY 714,000) within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account stated in Vendor's invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live, the Software shall run in production for 45 consecutive days (the "Acceptance Period").
P:5.2 The acceptance criteria are: (a) all functions listed in the functional specification in Annex 1 pass the agreed test scripts; (b) inventory reconciliation between the Software and a physical count shows no variance attributable to the Software; (c) all interfaces run for the Acceptance Period without unresolved errors; (d) handheld transactions complete in under 2 seconds at peak load; and (e) no Severity 1 Incident remains open at the end of the Acceptance Period.
P:5.3 If the criteria are met, Customer shall issue a Final Acceptance certificate within ten business days. If they are not met, Vendor shall correct the defects and the Acceptance Period shall be repeated for the affected functions. Go-Live, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the functional specification for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects and provide updates, upgrades and support free of charge.
P:6.2 Vendor shall provide support through a local partner desk in Tianjin and remotely. For a Severity 1 Incident, Vendor shall respond within one (1) hour, at any time of day or night, and shall work continuously until a fix or workaround is in place. Severity 2 incidents shall be answered within two business hours and Severity 3 incidents within one business day.
P:6.3 If Vendor misses a response time for a Severity 1 Incident, Vendor shall credit Customer CNY 1,200 for each hour or part of an hour of delay, to be deducted from the next payment due.
P:6.4 After the Warranty Period, Customer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 151,800 per year) and shall not increase for the first three support years. Any later increase shall not exceed the change in China's consumer price index for the previous year. Support is ordered year by year and does not renew automatically.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:7.2 Vendor shall access Customer's systems only through the remote access channel approved by Customer, with named accounts and multi-factor authentication, and shall not copy Customer Data outside Customer's environment. Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:7.3 Vendor shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remediation, and be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 All rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code with the final release, and Customer may use, modify and license them freely.
P:8.2 Vendor warrants that the Software does not infringe any third party's rights and shall defend and indemnify Customer against any such claim.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. These obligations survive termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If Go-Live of all four warehouses is delayed beyond the date in Article 3.2 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement claims or breach of Article 7 or Article 9.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Customer approves the Tianjin partner desk named in Annex 3. Vendor remains responsible for its subcontractors.
H:Article 12 Termination
P:12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after receiving notice, and Customer shall then be entitled to a refund of fees paid for services not performed.
P:12.2 Either party may terminate if the other becomes insolvent. The licence under Article 2 survives any termination once the Licence Fee is paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Idaho, USA, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Ada County, Idaho, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Arrangements), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For Customer: ____________________    For Vendor: ____________________
"""

H600E02 = """# Order Form and General Terms

**Cascade Helpdesk Cloud**

Order Form No. CHC-OF-25-0388

## Part A - Order Form

### A1. Parties

Provider: Cascade Helpdesk, Inc., a Washington corporation, 1200 Westlake Avenue North, Seattle, Washington 98109, USA, acting together with its Shanghai service company for local invoicing and support ("Provider").

Customer: Shenzhen Lanhai Cross-border E-commerce Co., Ltd., Nanshan District, Shenzhen, Guangdong, People's Republic of China ("Customer").

### A2. Subscription

Service: Cascade Helpdesk Cloud, Enterprise edition, hosted for Customer in Provider's mainland China region, including the ticketing, live chat, knowledge base, workflow automation and reporting modules.

Subscription Term: two Subscription Years, starting on the date of Onboarding Acceptance. Each Subscription Year is a period of 365 days.

Quantity: 180 agent seats. Additional seats may be added at the same per-seat price, pro rata for the remainder of the Subscription Year.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 seats x CNY 1,850 | 333,000 |
| Subscription, Subscription Year 2 | 180 seats x CNY 1,850 | 333,000 |
| Onboarding (configuration, integrations, migration, training) | one-time | 58,000 |
| Total Contract Value | | 724,000 |

Fees include VAT. Telephony minutes and SMS messages are charged monthly in arrears at the rates in the Rate Card and are not part of the Total Contract Value.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Onboarding Acceptance.

(b) The Subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days. No fee is payable before Onboarding Acceptance.

### A5. Onboarding

Provider will complete the onboarding within 60 days after signature of this Order Form. Onboarding covers: configuration of queues, routing rules and service-level policies for Customer's six storefront brands; integration with Customer's order management system and its marketplace seller accounts; migration of open tickets and the last two years of closed tickets; single sign-on; and training of team leaders. The onboarding deliverables and the acceptance criteria are set out in Section 4 of Part B.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If there is a conflict, this Order Form prevails.

For Customer: ____________________ Name, title, date

For Provider: ____________________ Name, title, date

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the hosted software service described in the Order Form, including updates that Provider makes generally available.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including tickets, chat transcripts, attachments, and personal information of Customer's buyers.

1.3 "Onboarding Acceptance" means Customer's written confirmation under Section 4.

1.4 "Priority 1 Incident" means the Service is unavailable to all agents, or tickets or chats cannot be created or routed.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive right during the Subscription Term to access and use the Service for its internal business purposes.

2.2 Customer is responsible for the accounts of its agents and shall not resell the Service.

### 3. Service Levels

3.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three business days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Provider will respond to a Priority 1 Incident within 30 minutes, at any time, and will provide updates every hour until the Service is restored. Priority 2 incidents receive a response within two hours during business hours.

3.3 If monthly availability falls below the commitment in Section 3.1, Customer will receive a service credit of 5% of the monthly equivalent of the Subscription fee for each 0.1 percentage point of shortfall, up to the full monthly equivalent. If Provider misses the Priority 1 response time, Customer receives a credit of CNY 800 per late incident. Credits are applied to the next invoice or refunded at the end of the term.

3.4 Provider will publish a status page showing the current availability of the Service and incident history, and will send Customer a monthly service report with availability, incident and response-time figures.

3.5 Service credits are Customer's remedy for service-level failures, without prejudice to Customer's right to terminate under Section 11.2 for repeated failures. If availability falls below the commitment in three consecutive months, this is a material breach.

### 4. Onboarding Acceptance

4.1 Provider will deliver the onboarding listed in Section A5. Customer will test it within ten business days. Acceptance criteria: (a) every migrated ticket count and status matches the source export; (b) orders and buyer profiles are displayed in tickets for all six brands; (c) routing and service-level policies work as configured for each queue; (d) single sign-on works for all agents; and (e) the Service runs for five consecutive business days in production without a Priority 1 Incident.

4.2 Customer will confirm Onboarding Acceptance in writing when the criteria are met. If a criterion is not met, Provider will correct it and Customer will test again.

4.3 If Onboarding Acceptance is delayed beyond the date in Section A5 for reasons attributable to Provider, Provider will pay delay damages of CNY 600 for each day of delay.

4.4 Provider will give Customer two sandbox environments for testing new workflows, at no extra charge, for the whole Subscription Term.

### 5. Customer Data

5.1 As between the parties, Customer owns Customer Data. Provider processes Customer Data to provide the Service and under Customer's instructions.

5.2 Customer grants Provider a worldwide, perpetual licence to use aggregated and de-identified data derived from Customer Data, including ticket text with personal identifiers removed, to improve the Service, to train Provider's automated reply and classification models, and for benchmarking reports offered to other customers.

5.3 On expiry or termination, Provider will make Customer Data available for export for 30 days and then delete it from the production systems.

### 6. Security

6.1 Provider will maintain administrative, physical and technical safeguards for Customer Data, including encryption in transit and at rest, role-based access, logging of administrative access, and an annual third-party security audit. The Service is hosted in mainland China and holds a Level 3 classified protection (MLPS) filing.

6.2 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take steps to contain it, and is liable for losses caused by its failure to comply with this Section.

### 7. Subprocessors and Subcontractors

7.1 Provider may use affiliates and third-party subprocessors and subcontractors to provide the Service and the onboarding. Provider lists them on its trust website and will notify Customer by email at least 14 days before adding a new one. Provider remains responsible for their performance.

### 8. Intellectual Property

8.1 Provider owns the Service and all improvements to it.

8.2 Integrations, workflows, templates and reports built by Provider specifically for Customer during onboarding belong to Customer once paid for, and Customer may use, modify and license them freely, including after the Subscription Term.

### 9. Confidentiality

9.1 Each party will protect the other's confidential information with reasonable care, use it only for this agreement, and not disclose it except to personnel and advisers who need to know it. These duties survive for three years after the agreement ends.

### 10. Limitation of Liability

10.1 Each party's total liability arising out of this agreement is limited to the fees paid by Customer in the nine (9) months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential losses. These limits do not apply to payment obligations or to a party's fraud or wilful misconduct.

### 11. Term, Renewal and Termination

11.1 The agreement runs for the Subscription Term. It may be extended only by a new Order Form signed by both parties; it does not renew automatically.

11.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. On termination for Provider's breach, Provider will refund prepaid fees for the remaining period.

11.3 Provider may suspend the Service if undisputed invoices remain unpaid 45 days after a reminder.

### 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Disputes will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force. The award is final and binding.

### 13. General

13.1 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign this agreement without the other's consent, except to an affiliate taking over its business.

13.2 This agreement is the whole agreement of the parties about its subject and replaces earlier proposals.
"""

H600E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. QTP-EQ-2025-062
P:Buyer: Zhejiang Qiantang Paper Co., Ltd., Fuyang District, Hangzhou, Zhejiang, People's Republic of China (the "Buyer").
P:Supplier: Willamette Condition Monitoring, Inc., 1500 SW First Avenue, Portland, Oregon 97201, USA, acting through its authorised Shanghai office (the "Supplier").
P:The Buyer runs two paper machines and a pulp line at its Fuyang mill and wishes to monitor the vibration and temperature of 420 rotating assets. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, servers and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's monitoring and analytics software licensed under Clause 3, with its documentation and updates.
P:1.3 "Installation Certificate" means the Buyer's signed record that the Equipment is installed and connected. It is not an acceptance.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.
P:1.5 "Severity 1 Fault" means a failure that stops data collection or alarms for a whole paper machine or the pulp line.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the following:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,150|903,000
TB:2|Industrial wireless gateway|36|8,600|309,600
TB:3|Monitoring and analytics software, perpetual licence for 420 assets|1 lot|486,000|486,000
TB:4|Monitoring server, redundant pair|2|62,500|125,000
TB:|Equipment and Licence Subtotal|||1,823,600
TB:5|Installation, mounting and network commissioning|1 lot|168,000|168,000
TB:6|Analytics configuration and alarm thresholds per asset|1 lot|94,000|94,000
TB:7|Training of maintenance engineers|1 lot|24,400|24,400
TB:|Contract Price|||2,110,000
P:2.2 The Contract Price of CNY 2,110,000 is fixed and includes VAT, import duties, delivery to the mill, insurance, installation and all travel costs.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software on the Buyer's servers for the monitored assets at the Fuyang mill, and to transfer the licence to an affiliate that takes over the mill.
P:3.2 The Buyer may add assets to the licence at the unit price implied by Item 3 during the Warranty Period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 211,000) within 20 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,160,500) within 30 days after the Installation Certificate is signed for all assets.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 738,500) within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the mill within 70 days after signature and complete installation within 40 days after delivery, working within the machine shutdown windows notified by the Buyer.
P:5.2 The Supplier's personnel shall follow the mill's safety rules, including lock-out procedures and permits for work at height.
H:6. Acceptance
P:6.1 After the Installation Certificate, the system shall run for 60 days as a trial run.
P:6.2 Final Acceptance requires that: (a) readings from every installed sensor are received during the trial run with no gap longer than one hour; (b) alarms are raised for all test faults injected by the Buyer within 2 minutes; (c) the vibration readings of ten reference assets agree with the Buyer's portable analyser within 0.5 mm/s; (d) the interface to the Buyer's maintenance management system creates work orders correctly; and (e) all documentation and training are completed.
P:6.3 The Buyer shall issue Final Acceptance in writing within ten working days after the criteria are met. Delivery, installation, the Installation Certificate, use of the system or any payment is not acceptance.
P:6.4 The Supplier shall provide the Buyer with the test records, calibration certificates of the sensors, a list of installed positions with photographs, and the as-built network drawings before Final Acceptance. Missing documents delay Final Acceptance.
P:6.5 Any defect found during the trial run shall be corrected by the Supplier at its cost, and the Buyer may extend the trial run by the time needed for the correction.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including sensor batteries that fail early.
P:7.2 The Supplier shall respond to a Severity 1 Fault within 30 minutes by telephone or remote session and shall have an engineer on site within 24 hours if remote repair fails. Other faults shall be answered within one working day.
P:7.3 For each hour by which the Supplier exceeds a response time in Clause 7.2 for a Severity 1 Fault, the Supplier shall pay CNY 1,000, deducted from the next payment or from the performance bond.
P:7.4 After the Warranty Period the Buyer may order annual support at 7% of the Equipment and Licence Subtotal (CNY 127,652 per year). The fee is fixed for the first two years after the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways in stock in China during the Warranty Period so that defective units can be replaced within five working days, and shall ensure that spare parts and software support remain available for at least eight years after Final Acceptance.
P:7.6 Software updates shall be tested by the Supplier before release and installed only at times agreed with the Buyer. The Supplier shall not install any update that removes functions licensed under this Contract.
P:7.7 During the Warranty Period the Supplier shall visit the mill twice a year to check the condition of the sensors and gateways, replace batteries as needed, and review the alarm settings with the Buyer's reliability engineers.
P:7.8 The Supplier shall keep a fault log for every Severity 1 Fault and every replaced unit, and shall send the Buyer a quarterly summary during the Warranty Period, with the root cause of each fault and the corrective action taken.
H:8. Data and Security
P:8.1 All measurement data, alarms, asset records and reports produced by the system are the Buyer's property. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including product development or benchmarking.
P:8.2 The system shall run on the Buyer's own servers. The Supplier shall access it remotely only with the Buyer's approval for each session, through the Buyer's VPN and jump host, and shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, take immediate remedial action, and compensate the Buyer for losses caused by its breach of this Clause.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 The asset configurations, alarm rules, dashboards and the maintenance-system interface made for the Buyer belong to the Buyer, and the Supplier shall hand over their source files. The Buyer may use, modify and license them freely.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information of the Buyer received under this Contract, including process data and mill layouts, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination.
H:11. Delay and Liability
P:11.1 If the Supplier fails to meet a date in Clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, capped at 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mounting work by the local installer named in Annex 2 is approved by signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within 20 days after notice, or if the delay damages reach their cap. The Supplier shall then refund the amounts paid for undelivered items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
P:Annex 1: Asset list and sensor positions. Annex 2: Installation plan and approved installer. Annex 3: Test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H600E04 = """# Managed IT Services Agreement

Agreement No. AMS-2025-CN-07

This Managed IT Services Agreement is made between:

- **Dalian Beihai Seafood Group Co., Ltd.**, Ganjingzi District, Dalian, Liaoning, People's Republic of China ("Customer"); and
- **Northern Lights Managed Services, LLC**, 3000 C Street, Anchorage, Alaska 99503, USA, with its operations centre in Dalian ("Provider").

Customer operates processing plants, cold stores and a sales office in Dalian, Qingdao and Zhoushan. Provider will take over the day-to-day operation of Customer's IT infrastructure for 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Section 4.

1.3 "Managed Network" means the WAN links, firewalls, core and access switches and wireless controllers listed in Schedule 1.

1.4 "P1 Incident" means an incident that stops production systems, cold-store monitoring or the network at a whole site.

1.5 "Customer Data" means all data stored on or passing through the systems that Provider manages for Customer.

## 2. Services

2.1 From the Service Commencement Date Provider shall provide the Services described in Schedule 1 at the service levels in Schedule 2, for a term of 36 months.

2.2 Provider shall staff a service desk in Mandarin and English, available around the clock, and keep one resident engineer at each of the Dalian and Qingdao plants during working hours.

2.3 Provider shall follow Customer's change management procedure. Changes to firewall rules and production servers require Customer's prior approval, except emergency changes to restore service, which shall be reported the same day.

2.4 Provider shall deliver a monthly service report covering incidents, service-level results, changes, capacity and recommended improvements, and shall attend a monthly review meeting with Customer's IT manager.

## 3. Transition

3.1 Provider shall complete the transition from Customer's current support arrangements within 75 days after signature. Transition covers discovery and documentation of all managed devices, installation of monitoring tools, knowledge transfer from Customer's staff, creation of runbooks and set-up of the service desk.

3.2 If Transition Acceptance is delayed beyond that date for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,800 for each day of delay.

## 4. Transition Acceptance

4.1 Customer shall accept the transition when: (a) every device listed in Schedule 1 is recorded in the configuration database and monitored; (b) runbooks for all managed systems are approved by Customer; (c) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's staff and met the response targets in Schedule 2; and (d) a failover test of the Dalian data room has been passed.

4.2 Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or list the criteria not met. Starting the parallel run does not mean acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,578,000.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date.

5.3 Customer shall pay undisputed invoices within 30 days. No payment is due before the Service Commencement Date.

5.4 Charges are fixed for the term. Additional devices beyond the volumes in Schedule 1 are charged at the unit rates in Schedule 3.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 2. If it misses one in a month, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

6.2 Service credits are without prejudice to Customer's other rights, including termination under Section 11.

6.3 Provider shall carry out a root-cause analysis for every P1 Incident and deliver a written report within five working days, with the actions taken to prevent a recurrence.

6.4 Provider shall keep the capacity of monitored systems under review and warn Customer at least 30 days before a server, storage system or network link is expected to run out of capacity.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and for no other purpose, and shall return it to Customer at the end of the term.

## 8. Intellectual Property

8.1 Provider's monitoring tools and methods remain Provider's property.

8.2 Runbooks, network diagrams, scripts and configuration records created for Customer under this Agreement belong to Customer, and Customer may use, modify and license them freely, including with a successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign qualified personnel and shall replace any person whom Customer reasonably asks to be removed from its sites.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

9.3 Provider's personnel working at Customer's plants shall follow Customer's food safety, hygiene and site safety rules, including the rules for entering cold stores and processing halls.

9.4 Provider shall keep a stock of spare switches, access points and laptops sufficient to replace failed devices within one working day at each site, and shall track every replacement in the configuration database.

9.5 Provider shall give Customer's IT manager access to the service desk tool and the monitoring dashboards at all times, so that Customer can see open tickets, device status and service-level results in real time.

9.6 Provider shall propose an annual improvement plan, including patching of ageing systems and simplification of the network, and discuss it with Customer at the first review meeting of each contract year.

9.7 Provider shall keep its ISO/IEC 20000 certification valid during the term and shall give Customer a copy of each renewed certificate within ten working days after it is issued.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to personal injury, damage to tangible property caused by negligence, or wilful misconduct.

## 11. Term and Termination

11.1 This Agreement ends 36 months after the Service Commencement Date and does not renew automatically. Any extension requires a written amendment signed by both parties.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if service credits reach their monthly maximum in three consecutive months.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and transfer knowledge to Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## Schedule 1 - Services and Volumes

| Service | Scope | Volume |
|---|---|---|
| Service desk | Incident, request and password handling by phone, e-mail and portal | 1,150 users |
| End-user devices | Desktop and laptop support, patching, anti-virus, imaging | 980 devices |
| Servers | Monitoring, patching, backup checks, capacity reports | 64 virtual and 18 physical servers |
| Managed Network | WAN, firewalls, switches and wireless at all sites | 7 sites, 214 devices |
| Cold-store monitoring platform | Availability monitoring and first-line fault handling | 3 sites |
| On-site engineers | Resident engineer during working hours | Dalian and Qingdao plants |

## Schedule 2 - Service Levels and Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Managed Network availability, each site, per month | 99.5% | 3% of the monthly charge per 0.1 percentage point below target |
| P1 Incident response | 15 minutes, around the clock | CNY 1,500 per late incident |
| P1 Incident restoration | 6 hours | CNY 2,000 per late incident |
| P2 Incident response | 1 hour in working hours | CNY 500 per late incident |
| Service requests completed | 2 working days | 2% of the monthly charge if the target is missed in the month |
| Monthly credit maximum | | 20% of the monthly charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 112,000 |
| Monthly service charge | CNY 68,500 x 36 months | 2,466,000 |
| Total Contract Value | | 2,578,000 |
| Additional end-user device | Per device per month | 45 |
| Additional network device | Per device per month | 120 |
| Exit assistance | Per engineer day | 2,600 |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

H600E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PGI-SUB-2025-117

PARTIES

Palouse Grain Intelligence, Inc., a Washington corporation, 601 West Riverside Avenue, Spokane, Washington 99201, USA ("Provider").

Tianjin Haihe Flour Milling Group Co., Ltd., Xiqing District, Tianjin, People's Republic of China ("Customer").

BACKGROUND

Provider compiles crop condition, weather, wheat quality and export shipment data for the main wheat-growing regions of North America and Australia, and delivers it through data feeds and an application programming interface (API). Customer buys imported wheat for its mills and wishes to use Provider's data in its procurement and blending decisions. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Year" means a period of 365 days beginning on the Provisioning Date or an anniversary of it.

1.2 "Provisioning Date" means the date on which Customer confirms Integration Acceptance under Clause 5.

1.3 "Data Products" means the datasets, feeds, API endpoints, dashboards and reports listed in Schedule A.

1.4 "Customer Data" means the field locations, supplier lists, contract volumes, query parameters and other information that Customer uploads to or enters into the Provider platform.

1.5 "Critical Incident" means that the API or the daily data feed is unavailable to Customer, or that a daily delivery is missing or corrupted.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access the Data Products and to use them internally at Customer and its subsidiaries in mainland China.

2.2 Customer may store extracts of the Data Products in its own systems and may show derived charts and figures in internal reports. Customer shall not resell the Data Products or publish raw data.

2.3 Provider shall give Customer up to 25 named user accounts for the dashboards and API credentials for three production systems and one test system.

3. TERM

3.1 The initial term is two Subscription Years starting on the Provisioning Date.

3.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For any renewal term Provider may increase the Subscription Fee to its list price then in effect, by notice to Customer at least 30 days before the renewal term starts.

4. FEES AND PAYMENT

4.1 The fees for the initial term are:

    Subscription Fee, Subscription Year 1 ........ CNY 418,000
    Subscription Fee, Subscription Year 2 ........ CNY 418,000
    Integration support (one-time) ............... CNY 46,000
    Total for the initial term ................... CNY 882,000

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

4.3 Fees include VAT. Additional API calls above the volume in Schedule A are charged quarterly in arrears at the rates in Schedule A and are not included in the total above.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 45 days after signature Provider shall deliver the production API credentials, load ten seasons of historical data into Customer's data warehouse, build the two data connectors described in Schedule B, and train Customer's analysts.

5.2 Integration Acceptance criteria: (a) the historical load reconciles record by record with Provider's control totals; (b) the daily feed has arrived on time for ten consecutive business days; (c) the API returns correct results for the test queries in Schedule B; and (d) the two connectors load data into Customer's warehouse without errors for ten consecutive business days.

5.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met, or state which criteria are not met. Delivery of credentials or use of the data does not mean acceptance.

5.4 If Integration Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay delay damages of CNY 800 for each day of delay.

6. SERVICE LEVELS

6.1 Provider shall make the API and the dashboards available 99.95% of the time in each calendar month, excluding scheduled maintenance notified three business days in advance.

6.2 The daily data feed shall be delivered by 07:00 Beijing time on each business day.

6.3 Provider shall respond to a Critical Incident within one hour, at any time, and give updates every two hours until it is resolved. Other incidents shall be answered within one business day.

6.4 If Provider misses the availability commitment in a month, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall. If a daily feed is late by more than three hours, or a Critical Incident response is late, Customer receives a credit of CNY 500 per occurrence. Credits are set off against the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Products to Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

7.2 Provider shall host Customer's account and Customer Data in a data centre in mainland China, encrypt Customer Data in transit and at rest, limit access to named support staff, keep access logs for at least six months, and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by its breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the Data Products.

8.2 The two data connectors, the mapping tables and the custom dashboards built for Customer under Schedule B belong to Customer. Provider shall hand over their source code, and Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchasing volumes and supplier lists and Provider's pricing, use it only for this Agreement, and not disclose it without the other party's written consent. This Clause survives for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the integration work or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10.2 Provider shall keep the integration team named in Schedule B until Integration Acceptance and shall not replace its lead engineer without Customer's approval.

11. LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six (6) months before the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, trading losses or indirect damages. Customer acknowledges that the Data Products contain estimates and forecasts, and that purchasing decisions remain Customer's own.

12. TERMINATION

12.1 Provider may suspend access or terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 30 days after a reminder, or if Customer uses the Data Products in breach of Clause 2.2.

12.2 Customer may not terminate this Agreement before the end of the current term. Customer's remedies for Provider's failures are the service credits in Clause 6.4 and the delay damages in Clause 5.4.

12.3 On expiry or termination Customer shall stop using the API and delete non-permitted extracts within 30 days, and Provider shall return Customer Data and then delete it.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other's prior written consent.

14.2 Schedule A (Data Products, API volumes and overage rates) and Schedule B (Connectors and test queries) form part of this Agreement.

SCHEDULE A - DATA PRODUCTS

A1. Daily crop condition and weather indices for 46 wheat-growing districts in the United States, Canada and Australia.

A2. Weekly wheat quality survey results by class, protein band and falling number.

A3. Daily export inspection and vessel loading data for Pacific Northwest, Gulf and Australian ports.

A4. Monthly supply and demand balance forecasts with scenario dashboards.

A5. API volume: up to 300,000 calls per Subscription Year; overage CNY 0.80 per 1,000 calls.

SCHEDULE B - CONNECTORS AND TEST QUERIES

B1. Connector to Customer's data warehouse for daily feeds and historical loads.

B2. Connector to Customer's procurement planning system for quality and shipment data.

B3. Forty test queries agreed between the parties during integration.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- design
# key: (file name, format, source, language, category, contract_kind)
DRAFTS = {
    "z01": ("h600z01_civil_affairs_elderly_care_supervision_platform.pdf", "pdf", H600Z01, "zh", "software", "goods_or_licence"),
    "z02": ("h600z02_cable_plant_extrusion_line_control_retrofit.docx", "docx", H600Z02, "zh", "hardware", "goods_or_licence"),
    "z03": ("h600z03_hotpot_chain_queue_membership_saas.txt", "txt", H600Z03, "zh", "cloud", "service"),
    "z04": ("h600z04_tax_bureau_queue_system_om_service.txt", "txt", H600Z04, "zh", "services", "service"),
    "z05": ("h600z05_persimmon_plant_traceability_supplier_template.md", "md", H600Z05, "zh", "software", "goods_or_licence"),
    "e01": ("h600e01_coldchain_wms_perpetual_licence_boise_vendor.pdf", "pdf", H600E01, "en", "software", "goods_or_licence"),
    "e02": ("h600e02_helpdesk_saas_order_form_seattle_vendor.md", "md", H600E02, "en", "cloud", "service"),
    "e03": ("h600e03_paper_mill_condition_monitoring_sensors_portland.docx", "docx", H600E03, "en", "hardware", "goods_or_licence"),
    "e04": ("h600e04_seafood_group_managed_it_services_anchorage.md", "md", H600E04, "en", "services", "service"),
    "e05": ("h600e05_wheat_data_api_subscription_spokane.txt", "txt", H600E05, "en", "cloud", "service"),
}

# terms in API order: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term,
# sub, law
T = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC"),
    "z02": (None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True, "PRC"),
    "z03": (99.5, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC"),
    "z04": (99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, False, False, "PRC"),
    "z05": (None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, 26, False, True, None, "PRC"),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Idaho"),
    "e02": (99.95, 0.5, True, "buyer", True, False, True, 600 / 724000 * 100, 9 / 24 * 100, None, True, None, None, None,
            False, True, True, "PRC"),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC"),
    "e04": (99.5, 0.25, True, "buyer", False, True, False, 1800 / 2578000 * 100, 150, None, True, None, None, None,
            False, True, False, "PRC"),
    "e05": (99.95, 1, True, "buyer", True, True, True, 800 / 882000 * 100, 6 / 24 * 100, None, True, None, None, None,
            True, False, False, "PRC"),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law"]
# extras: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 2156000), "z02": (True, True, True, False, 1775000),
    "z03": (True, True, None, False, 840000), "z04": (True, True, None, False, 486000),
    "z05": (False, False, True, True, 860000), "e01": (True, True, True, False, 2040000),
    "e02": (True, True, None, False, 724000), "e03": (True, True, True, False, 2110000),
    "e04": (True, True, None, False, 2578000), "e05": (True, True, None, False, 882000),
}
FEE_BASE = {"z01": 1160000, "z02": 1533000, "z05": 620000, "e01": 1380000, "e03": 1823600}  # itemised subtotals
FORUM_OUTSIDE_MAINLAND = {"e01"}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "z04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (label values must differ from them)
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT, HORIZON = 40, 5


def tco_share(key):
    t = dict(zip(TERM_KEYS, T[key]))
    if DRAFTS[key][5] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not X[key][2]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return post / (X[key][4] + post) * 100


def derive(key):
    """my reading of policy §3 applied to the labels"""
    t = dict(zip(TERM_KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    goods = DRAFTS[key][5] == "goods_or_licence"
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, _, lang, cat, kind = DRAFTS[key]
    terms = dict(zip(TERM_KEYS, T[key]))
    terms["contract_kind"] = kind
    sla, ld_stated, capped, deemed, value = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.90*(?![0-9])",                                                       # availability 99.9
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四\s*个?小时", r"(?<![-\w])four[\s(-]*(?:4\)\s*)?hours?",
    r"(?<![\d.])0\.050*(?![0-9])", r"万分之五(?![十\d])", r"千分之零点五", r"five\s+basis",    # LD 0.05 %
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"one\s+hundred\s+per",  # cap 100 %
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s+per", r"三成",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?!点)", r"fifteen\s+per",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s+per", r"四成",
    r"(?<![\d.])12\s*(?:个)?月", r"十二个?月", r"(?<![\d.])12[\s-]*months?", r"twelve[\s(-]*(?:12\)\s*)?months?",
    r"(?<![第每十\w])一(?:个)?年(?!度|级)", r"\bone[\s-]+years?\b", r"(?<![\d.])1[\s-]*(?:years?\b|年(?!度))", r"一周年",
    r"(?<![\d.])5[\s-]*(?:years?\b|年(?!度))", r"(?<![十\w])五年", r"\bfive[\s(-]*(?:5\)\s*)?years?",  # horizon
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "四小时内", "four (4) hours", "0.05%", "万分之五", "100%", "100 %",
            "百分之百", "30%", "30 percent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月",
            "12 months", "twelve (12) months", "一年", "one year", "1 year", "5年", "五年", "five years", "2-4 hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "0.08%", "万分之八", "万分之三", "150%", "200%",
             "35%", "25%", "20%", "45%", "55%", "65%", "第一个服务年度", "每个服务年度", "18 months", "36 months",
             "2025年7月1日", "Subscription Year", "一级故障", "14 days", "130%", "0.8", "1.5 years", "115%",
             "2015年", "十五年", "twenty-four hours", "0.050.1"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        if s == "0.050.1":
            continue
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, fmt, src, *_r) in DRAFTS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt, src, lang, cat, kind) in DRAFTS.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[key]):
            problems.append((key, "derived", rules, "design", sorted(DESIGN[key])))
        covered |= set(rules)
        for k, th in THRESH.items():
            v = lab["expected_terms"][k]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((key, "label on threshold", k, v))
        s = tco_share(key)
        if s is not None and abs(s - TCO_LIMIT) <= 2:
            problems.append((key, "TCO share near threshold", s))
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            if m:
                problems.append((key, "threshold figure in text", variant[max(0, m.start() - 20):m.end() + 20]))
        if lang == "zh":
            n_raw, n_nows = len(text), len(re.sub(r"\s+", "", text))
            ok = 2750 <= n_nows <= 3000 and 2750 <= n_raw <= 3000
            print("%s %s chars raw %d, non-space %d, risk %s, tco %s, rules %s" % (key, fmt, n_raw, n_nows,
                  risk(rules), None if s is None else round(s, 1), rules))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s %s words %d, risk %s, tco %s, rules %s" % (key, fmt, n, risk(rules),
                  None if s is None else round(s, 1), rules))
        if not ok:
            problems.append((key, "length out of range"))
        if key == "z05" and not 8 <= len(rules) <= 10:
            problems.append((key, "z05 finding count", len(rules)))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
