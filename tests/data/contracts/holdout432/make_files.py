"""holdout432: builds ten ordinary draft contracts (zh z01-z05, en e01-e05) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Written blind, before any run of the tool.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H432Z01 = """T:临川市城市管理局数字城管平台软件许可及定制开发合同
P:合同编号：LCCG-2026-ZC-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市城市管理局    地址：临川市赣东大道168号
P:乙方（供应商）：南昌城脉信息技术有限公司    地址：南昌市红谷滩区丰和中大道906号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号LCZC2026-031）、乙方投标文件和中标通知书，甲乙双方就数字城管平台软件许可及定制开发项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字城管平台软件（V5.0）永久使用许可，并按甲方需求完成定制开发、部署实施和培训，建成覆盖全市6个城区、412个单元网格的数字城管平台。
P:1.2 定制开发内容包括：案件智能派遣与督办模块、视频AI识别事件自动立案对接、网格化巡查移动端、12319热线工单接口、城管执法系统数据接口及领导驾驶舱。详细功能以招标文件技术需求书和双方确认的需求规格说明书为准。
P:1.3 平台部署在甲方政务云资源上，操作系统、数据库和中间件由甲方提供，乙方负责适配和安装。
P:1.4 项目实施地点为甲方数字城管指挥中心及各城区分中心。
H:第二条 合同价格
P:本合同总价为人民币贰佰肆拾万元整（¥2,400,000.00），为固定总价，含税，包括软件许可、开发、实施、培训、质保期内服务及税费等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|数字城管平台软件许可（永久，不限用户数）|1,280,000
TB:2|定制开发（六项，见1.2）|936,000
TB:3|部署实施及数据初始化|148,000
TB:4|培训（管理员及坐席人员）|36,000
TB:合计||2,400,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥480,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥1,080,000。
P:3.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%，即¥840,000。
P:3.4 甲方付款通过国库集中支付，乙方应配合办理相关手续。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成平台部署和定制开发并提交初步验收申请，于初步验收后三个月内完成试运行。
P:4.2 乙方应向甲方交付安装介质、定制开发部分的全部源代码、数据库设计文档、接口文档、部署手册和用户手册。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有高级项目管理资格，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各城区指挥中心提供培训，包括系统管理员培训2期、坐席及派遣人员培训6期、监督员移动端培训不少于10场，培训教材和课件交付甲方。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与视频AI平台、12319热线、执法系统的接口连续运行10日无错误；在300个并发用户下常用页面响应时间不超过2秒；第三方软件测评机构出具的功能和安全测评报告无高风险问题。
P:5.2 最终验收标准：试运行期间无一级故障，案件派遣准确率不低于95%，全部文档交付齐全，甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或者支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
P:5.4 验收所需的测试数据由甲方提供，乙方负责编写验收测试方案并经甲方确认后实施。
H:第六条 知识产权
P:6.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 定制开发形成的程序、源代码、接口、报表和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可，无需另行付费。
P:6.3 乙方保证所提供的软件不侵犯第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台运行中产生和存储的城市部件、事件案件、视频截图、人员信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:7.2 乙方应按照网络安全等级保护第三级要求实施部署，落实访问控制、操作审计和数据加密措施；远程维护须经甲方审批并通过堡垒机进行，不得将数据复制或带离甲方机房。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此引起的行政处罚和其他损失。
H:第八条 质保与维护
P:8.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:8.2 服务水平：平台年度可用率不低于99.95%；一级故障（平台整体无法使用或案件派遣中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:8.3 乙方未达到上述响应或恢复时限的，每超时1小时向甲方支付¥1,000；年度可用率每低于约定值0.01个百分点，向甲方支付¥2,000。
P:8.4 质保期满后的维护服务费每年不超过软件许可费的10%（即不超过¥128,000），质保期满后前两个服务年度按此价格执行，不得上调；此后如需调整，由双方书面协商确定。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另行赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付利息。
H:第十条 合同解除
P:乙方逾期交付超过45日，或者严重违约经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:乙方不得转包本合同。乙方可以将现场布线、终端安装等辅助性工作分包给具备相应能力的单位，但应提前三个工作日书面告知甲方分包单位名称及分包内容；乙方对分包工作承担全部责任。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书和需求规格说明书为本合同组成部分。
P:合同履行中的通知以书面形式送达本合同首部所列地址；任何一方地址变更的，应及时书面通知对方。
P:甲方（盖章）：临川市城市管理局    乙方（盖章）：南昌城脉信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:日期：2026年3月  日    日期：2026年3月  日
"""

H432Z02 = """T:拉丝及捻股生产线控制系统改造及维保合同
P:合同编号：HR-GSS-2026-042
P:甲方（买方）：江苏恒韧钢丝绳有限公司    地址：江苏省兴化市戴南镇工业集中区恒韧路8号
P:乙方（卖方）：无锡联控自动化工程有限公司    地址：无锡市新吴区长江南路35号
P:鉴于甲方拟对拉丝车间12台直进式拉丝机和捻股车间4台管式捻股机的电气控制系统进行改造，乙方具备相应的设计、供货、安装调试和维保能力，双方经友好协商，签订本合同。
H:1. 合同标的
P:1.1 乙方负责拉丝机电控柜改造、变频驱动更换、捻股机控制系统更换、张力及断线检测传感器安装、车间上位监控软件部署，并完成与甲方MES系统的数据对接。
P:1.2 改造后须实现：拉丝机收线速度闭环控制，速度波动不超过±0.5%；断线后2秒内自动停机；捻股节距自动补偿；全部设备运行数据实时上传上位监控系统。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰贰拾陆万元整（¥2,260,000），含13%增值税、运输、保险、安装调试、培训及质保期内维保服务。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|拉丝机电控柜（含PLC、触摸屏）|12套|58,000|696,000
TB:2|变频器（90kW）|24台|14,500|348,000
TB:3|捻股机控制系统|4套|96,000|384,000
TB:4|张力及断线检测传感器|96套|2,250|216,000
TB:5|上位监控软件许可（永久）|1套|216,000|216,000
TB:|软硬件小计|||1,860,000
TB:6|定制程序开发（MES接口、工艺配方管理）|1项|168,000|168,000
TB:7|安装调试|1项|214,000|214,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合计|||2,260,000
P:2.2 本合同价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥226,000）。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的50%（¥1,130,000）；到货和安装签收不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥791,000）。
P:3.4 剩余5%（¥113,000）作为质量保证金，质保期满且无未解决的质量问题后一次付清，不计利息。
H:4. 交货与工期
P:4.1 乙方应于合同生效后60日内将全部设备运至甲方车间；改造分四批进行，每批停机时间不超过5日，全部改造于合同生效后120日内完成。
P:4.2 乙方应与甲方生产部门协商停机计划，改造期间须做好现场安全防护，遵守甲方安全生产管理制度。
P:4.3 乙方应在改造前提交电气设计图纸和改造方案，经甲方技术部门书面确认后方可施工；施工中如需变更，应重新报甲方确认。
H:5. 验收
P:5.1 每批改造完成后进行单机调试和空载、负载试车，甲乙双方共同记录试车数据。
P:5.2 最终验收标准：各项技术指标达到1.2条要求；全部设备连续满负荷运行168小时无控制系统故障；上位监控系统数据与现场仪表比对误差不超过1%；MES接口数据完整；技术资料齐全。
P:5.3 设备安装、试车或投入生产均不视为验收合格。验收不合格的，乙方应在10日内整改，整改后重新验收。
H:6. 质保与维保服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换损坏部件、程序修改和每季度一次的定期巡检。
P:6.2 服务水平：控制系统月度可用率不低于99.5%。故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间
TB:一级|整条生产线停机|30分钟|2小时
TB:二级|单台设备停机|1小时|8小时
TB:三级|功能异常但不影响生产|8小时|48小时
P:6.3 乙方每超过响应或到场时限1小时，向甲方支付¥800；月度可用率每低于约定值0.1个百分点，向甲方支付¥2,000。
P:6.4 质保期满后，乙方按服务年度提供维保服务，年度维保费为软硬件小计的8%（¥148,800），质保期满后三个服务年度内不上调；维保合同由双方逐年书面签订，不自动续期。
P:6.5 质保期内因乙方提供的设备或程序缺陷造成的损坏，乙方负责免费修复；因甲方操作不当造成的除外，但乙方仍应协助修复，仅收取备件成本费用。
H:7. 知识产权
P:7.1 PLC程序、触摸屏组态、定制程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。上位监控软件著作权归原权利人，甲方享有永久使用权。
H:8. 数据安全
P:8.1 生产工艺参数、配方、设备运行数据归甲方所有，乙方仅可为履行本合同使用，不得复制、带离或提供给任何第三方。
P:8.2 乙方远程维护须经甲方批准，通过甲方指定的VPN及工控防火墙接入，操作全程记录；乙方应采取防病毒措施，不得在控制网络接入未经检查的移动存储介质。
P:8.3 发生数据泄露或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
H:9. 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工艺技术、生产计划、客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期至本合同终止后三年。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方改造质量问题导致甲方停产的，乙方应赔偿甲方由此造成的直接损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:11. 合同解除
P:11.1 本合同生效后，除因不可抗力致使合同目的不能实现外，双方均不得解除本合同。任何一方违约的，另一方有权要求其继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除合同。
H:12. 分包
P:12.1 乙方不得将本合同转包。设备安装中的电缆敷设工作如需分包，应事先取得甲方书面同意，乙方对分包工作负全部责任。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交泰州仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、改造停机计划。
P:14.2 乙方应为甲方电工和操作工提供不少于三期培训，使其能够独立完成日常操作、参数调整和常见故障处理，并提交培训教材。
P:14.3 本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方：江苏恒韧钢丝绳有限公司（盖章）    乙方：无锡联控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________    日期：2026年4月  日
"""

H432Z03 = """托育园所家园共育平台服务合同

合同编号：XHM-JY-2026-009

甲方（客户）：成都小禾苗托育服务有限公司
地址：成都市武侯区天府大道北段1480号
乙方（服务商）：杭州童伴云科技有限公司
地址：杭州市滨江区网商路599号

鉴于甲方在成都市运营14家托育园所，需要一套供家长、保育人员和园所管理人员共同使用的家园共育平台；乙方以软件即服务（SaaS）方式提供"童伴家园"平台。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方14家园所提供"童伴家园"平台的在线使用服务，包括：入离园签到、每日成长记录、食谱与膳食公示、照片及视频分享、健康晨检记录、家长通知与缴费提醒、园所管理报表。
（二）乙方负责一次性实施服务：账号开通、组织架构配置、历史幼儿档案导入、门禁考勤设备对接，以及对园长和保育人员的培训。
（三）服务期自2026年4月1日起至2029年3月31日止，共三个服务年度。
（四）乙方提供工作日9:00至21:00的在线客服和电话支持，为甲方指定客户成功经理，每季度回访一次并提交使用情况报告。
（五）平台支持微信小程序和安卓、iOS手机应用，家长端免费使用。

二、服务费用
（一）本合同费用如下：
1. 平台服务年费：每家园所每服务年度¥21,600，14家园所合计每服务年度¥302,400，三个服务年度合计¥907,200；
2. 一次性实施费：¥86,000；
3. 合同总价：¥993,200（含税）。
（二）服务期内新增园所的，按每家园所每服务年度¥21,600按月折算计费；关闭园所的，自次月起停止计费。
（三）本合同价格已包含平台使用、短信通知（每家园所每月不超过3,000条）、存储空间（每家园所不超过200GB）和版本升级费用，超出部分由双方另行协商。

三、付款方式
（一）实施费在上线验收合格后15个工作日内支付。
（二）平台服务年费按季度支付，每季度¥75,600，于每季度结束后15个工作日内支付。
（三）甲方不支付任何预付款。乙方应在收款前开具合法有效的增值税发票。

四、实施与上线验收
（一）乙方应在合同签订后20个工作日内完成全部14家园所的账号开通、数据导入和设备对接，并完成培训。
（二）上线验收标准：14家园所全部账号可正常登录；历史幼儿档案导入后逐园抽查比对无差错；签到、成长记录、食谱、通知、晨检功能按需求清单全部可用；门禁考勤数据10秒内同步至平台；在500名家长同时在线时页面响应时间不超过3秒。
（三）验收合格的，双方签署上线验收单。仅开通账号或园所开始使用，均不视为验收合格。验收不合格的，乙方应在7日内整改后重新验收。
（四）甲方应指定项目联系人，按乙方提供的模板整理历史幼儿档案和家长信息，并协调各园所配合培训。

五、服务水平
（一）平台月度可用率不低于99.95%（计划维护除外，计划维护应提前72小时通知甲方并安排在夜间进行）。
（二）故障响应：一级故障（全部园所无法登录或签到中断）30分钟内响应、2小时内恢复；二级故障（单一功能不可用）2小时内响应、12小时内恢复；三级故障在下一个版本中修复。
（三）未达到上述标准的，每发生一次，按当月服务费的5%向甲方提供服务费抵扣；月度可用率低于99.5%的，抵扣当月服务费的10%。抵扣在下一季度付款时结算。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、客服工单数量及处理情况、版本更新说明。

六、数据归属
（一）甲方在平台上录入和产生的幼儿信息、家长信息、照片、视频、健康记录等数据归甲方所有。
（二）乙方仅为向甲方提供本合同约定的服务使用上述数据，不得出售，也不得用于本合同以外的任何目的。服务终止后，乙方应在20日内向甲方导出全部数据。

七、保密
双方对在合作中知悉的对方商业信息、价格条款和经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

八、知识产权
（一）"童伴家园"平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的园所报表模板、课程计划模板及甲方品牌页面归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方对平台进行重大功能调整的，应提前20日通知甲方，且不得减少本合同约定的功能。

九、续约
（一）本合同服务期届满前60日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，此后每次届满亦同。
（二）每次续展时，乙方有权根据其当期价格政策上调平台服务年费，上调幅度不超过上一服务年度年费的8%，并应在续展前45日书面通知甲方。
（三）甲方决定不再续约的，乙方应配合完成数据导出和账号停用，不得以此为由收取额外费用。

十、违约责任
（一）乙方未按第四条约定期限完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。
（四）因平台故障导致园所无法签到或无法通知家长的，乙方应协助甲方以其他方式通知家长。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付但尚未使用期间的服务费。
（二）平台连续三个月未达到第五条服务水平的，甲方有权解除本合同。
（三）本合同解除或终止后，乙方应按第六条导出数据。
（四）因园所关闭或业务调整，甲方可提前60日书面通知乙方减少服务园所数量，费用按实际园所数调整。

十二、分包
乙方不得将本合同项下服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。
仲裁期间，除争议部分外，双方应继续履行本合同。

十四、甲方的义务
（一）甲方应按约定支付费用，并保证其录入平台的幼儿及家长信息已依法取得监护人同意。
（二）甲方应妥善管理各园所账号，园所人员离职时及时停用其账号。
（三）甲方对家长在平台上发布的内容负有管理责任，发现违法内容应及时删除。

十五、不可抗力
因地震、火灾、电信运营商网络大面积中断等不可抗力导致不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任，但应尽力减少损失。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求清单、园所名单。

甲方（盖章）：成都小禾苗托育服务有限公司        乙方（盖章）：杭州童伴云科技有限公司
授权代表：__________                              授权代表：__________
日期：2026年3月  日                               日期：2026年3月  日
"""

H432Z04 = """国家税务总局清江市税务局办税服务厅排队叫号系统运维服务合同

项目编号：QJSW-CS-2026-004（竞争性磋商）
合同编号：QJSW-YW-2026-011

甲方（采购人）：国家税务总局清江市税务局
地址：清江市滨江路22号
乙方（成交供应商）：湖北衡通信息技术服务有限公司
地址：武汉市洪山区珞喻路716号

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方订立本合同。

第一条 服务范围
（1）运维对象：甲方所属9个办税服务厅的排队叫号系统，包括叫号服务器2台、取号机34台、窗口显示屏186块、综合显示屏18块、评价器186台、语音播报设备及叫号管理软件、预约取号接口。
（2）服务内容：日常运行监控、驻场值守、季度巡检与预防性维护、故障处理、备品备件更换、与电子税务局预约系统及办税服务厅管理系统的接口适配、软件升级、征期及重大活动应急保障。
（3）服务期：2026年1月1日至2026年12月31日。
（4）服务地点：各办税服务厅及甲方信息中心机房。
（5）备品备件由乙方负责采购和保管，更换下的旧件归甲方所有，由乙方登记后移交甲方。

第二条 服务费用
（1）服务费用明细（单位：元）：
序号  项目                                   金额
1     驻场运维（2人，服务期内全程）          216,000
2     季度巡检及预防性维护                    64,800
3     备品备件（取号机打印模块、显示屏模组等）  58,000
4     接口适配及软件升级                      47,200
5     征期及重大活动应急保障                  22,000
      合计                                   408,000
（2）合同总价为人民币肆拾万零捌仟元整（¥408,000），为含税固定总价，包括人工、备件、差旅及税费等全部费用。

第三条 付款方式
（1）本合同不设预付款。
（2）服务费按季度结算，每季度¥102,000，于每季度考核合格并收到发票后10个工作日内支付。
（3）季度考核扣减的费用，从当季服务费中直接扣除。
（4）乙方开具的发票内容应与实际服务一致，甲方按财政资金支付程序办理付款。

第四条 进场交接
（1）乙方应于2026年1月5日前完成进场交接：清点设备、确认系统现状、接收文档与账号，形成《运维交接报告》。
（2）交接验收标准：设备清单与实物逐一核对一致；全部系统账号、口令已按甲方要求重置并登记；乙方提交运维方案、应急预案和驻场人员名单；甲方审核确认后签署交接验收单。

第五条 服务水平
（1）叫号系统在办税服务厅工作时间内的可用率不低于99.95%。
（2）故障分级与时限：一级故障（整个服务厅无法取号或叫号）15分钟内响应、1小时内到场、2小时内恢复；二级故障（单个窗口或设备异常）30分钟内响应、当日解决；三级故障2个工作日内解决。
（3）驻场人员工作日8:30至17:30在岗，申报征期延长至19:00；节假日安排专人电话值守。
（4）乙方应设立7×24小时服务热线，接到甲方报修后即时登记工单，故障处理完毕后由办税服务厅负责人签字确认。
（5）申报征期开始前5个工作日，乙方应完成全部设备巡检和应急演练，并提交保障方案。
（6）乙方驻场人员应具有两年以上同类系统运维经验，遵守办税服务厅工作纪律，统一着装，佩戴工作证。

第六条 考核与验收
（1）季度考核：甲方每季度按以下标准考核：巡检按计划完成并有记录；故障工单闭环率不低于98%；一级故障无超时；纳税人对叫号服务的满意度不低于95%；运维日志完整。
（2）年度终验：服务期满前，乙方提交年度运维总结报告、设备状态清单和更新后的文档，甲方按上述标准验收并签署终验意见。
（3）考核不合格的，乙方应在10日内整改并重新考核。
（4）扣减：一级故障每超时1小时扣减¥600；可用率每低于约定值0.01个百分点扣减当季服务费的1%；考核不合格的季度扣减当季服务费的5%。
（5）甲方可以通过叫号系统运行日志、工单系统记录和纳税人评价数据核实乙方的服务情况，乙方应予配合。

第七条 数据安全
（1）叫号系统中的纳税人姓名、证件号码、预约记录、业务办理记录等数据归甲方所有，乙方仅可为履行本合同接触，不得用于其他任何目的。
（2）乙方人员须签署安全承诺书，遵守甲方网络安全管理制度；运维操作须通过甲方堡垒机进行并留存日志；严禁将数据复制至个人设备或上传互联网。
（3）发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方对在服务中知悉的甲方工作秘密、纳税人信息和网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露；本义务不因合同终止而解除。

第九条 成果归属
乙方在服务期间编制的运维文档、巡检记录、配置脚本和接口适配程序归甲方所有，甲方可自由使用、修改并提供给后续服务商。接口适配程序的源代码应随程序一并交付甲方。

第十条 违约责任
（1）乙方未按第四条约定日期完成进场交接的，每逾期一日，按合同总价的千分之一支付违约金。
（2）乙方驻场人员擅自离岗或未经甲方同意更换的，每人次向甲方支付¥1,000。
（3）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（4）乙方违反第七条约定的，除承担赔偿责任外，甲方有权解除合同，并将其违约情况报送政府采购监督管理部门。

第十一条 合同解除
乙方严重违约，经甲方书面通知后10日内未改正，或者连续两个季度考核不合格的，甲方有权解除本合同，按实际服务期和考核结果结算费用。

第十二条 分包
乙方不得将本合同服务转包或者分包。

第十三条 合同期满
服务期满本合同自动终止，不自动续期；甲方如需继续采购，应依法重新组织采购。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（1）竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（3）本合同未尽事宜，依照政府采购法律法规和磋商文件执行，或由双方签订补充协议。

甲方（盖章）：国家税务总局清江市税务局        乙方（盖章）：湖北衡通信息技术服务有限公司
代表签字：__________                          代表签字：__________
日期：2025年12月  日                           日期：2025年12月  日
"""

H432Z05 = """# 禾信LIMS实验室信息管理系统软件许可及实施合同

> 禾信软件标准合同文本 V4.0（乙方提供）

合同编号：HX-LIMS-2026-0318

甲方（用户）：招远金穗粉丝食品有限公司
地址：山东省招远市金岭镇工业园8号

乙方（供应商）：青岛禾信软件科技有限公司
地址：青岛市崂山区株洲路187号

甲方拟建设质量检验实验室信息管理系统（LIMS）。乙方是专业从事实验室信息管理系统研发和服务的软件企业，同意向甲方提供LIMS软件许可及定制开发、实施服务。双方在平等自愿的基础上，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供禾信LIMS标准版软件（30个并发用户）永久使用许可。

1.2 乙方按甲方需求进行定制开发：原料（绿豆淀粉、豌豆淀粉）入厂检验流程；半成品及成品检验（水分、二氧化硫残留、铝残留、断条率、复水性）；水分仪、原子吸收光谱仪、分光光度计的仪器数据接口；产品检验报告（COA）模板；与甲方ERP系统的批次信息接口。

1.3 乙方负责系统安装部署、基础数据配置和对甲方检验人员的培训。

1.4 系统部署在甲方自有服务器上，服务器、操作系统和数据库软件由甲方自行采购并提供，相关费用不包含在本合同价格内。

1.5 软件许可范围限于甲方在招远市金岭镇厂区的质检中心使用，增加厂区或并发用户需另行购买许可。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾信LIMS标准版软件许可（30并发用户，永久） | 520,000 |
| 2 | 定制开发（检验流程、仪器接口、报告模板、ERP接口） | 216,000 |
| 3 | 实施部署及培训 | 64,000 |
| | 合计 | 800,000 |

合同总价为人民币捌拾万元整（¥800,000），含税。
上述价格包含乙方人员现场实施期间的差旅费用。

## 第三条 付款方式

3.1 合同签订后7个工作日内，甲方支付合同总价的65%，即¥520,000。

3.2 系统上线后7个工作日内，甲方支付合同总价的35%，即¥280,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

3.4 乙方收到款项后开具增值税专用发票。

## 第四条 交付与上线

4.1 乙方在收到第3.1条款项后90日内完成软件安装部署和定制开发，系统上线运行。

4.2 系统安装部署并上线运行后，即视为甲方验收合格。

4.3 甲方在上线后提出的新增需求或变更，乙方另行报价。

4.4 乙方安装部署完成后向甲方提交《系统上线确认单》，甲方应在3个工作日内签字；逾期未签字的，视为确认。

## 第五条 知识产权

5.1 LIMS软件及乙方为本项目开发的全部定制功能、仪器接口程序、报告模板及其源代码的知识产权均归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

5.3 甲方不得将本软件用于为第三方提供检验服务。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.3 下列情况不属于免费维护范围：甲方自行修改系统配置或数据库导致的故障；服务器、网络、仪器硬件故障；甲方新增的检验项目或报告格式。

## 第七条 技术支持

7.1 一级故障（系统无法登录或检验数据无法录入）乙方在8小时内响应；二级故障在2个工作日内响应。

7.2 乙方将尽力排除故障，但不因故障响应或处理时间承担任何扣款、赔偿或违约金责任。

7.3 乙方技术支持时间为工作日8:30至17:30，节假日及夜间的现场支持另行收费。

## 第八条 年度维保

8.1 免费维护期满后，甲方应按服务年度购买乙方维保服务，年度维保费为软件许可费的28%，即每服务年度¥145,600。

8.2 甲方不购买维保服务的，乙方不再提供软件升级和故障处理。

8.3 维保服务内容包括软件缺陷修复、版本升级、远程技术支持和每个服务年度一次的系统巡检。

## 第九条 数据

9.1 甲方录入LIMS的检验数据归甲方所有。

9.2 乙方有权在去除甲方名称等识别信息后，使用甲方的检验数据进行统计分析，用于改进乙方产品和编制食品行业质量分析报告。

9.3 乙方远程维护时应使用甲方授权的账号，采取加密传输和访问控制措施，不得泄露甲方数据；因乙方过错造成甲方数据泄露的，乙方承担相应的赔偿责任。

9.4 合同终止后，甲方可自行导出检验数据。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 甲方责任

甲方应在合同签订后10个工作日内提供检验标准、检验项目清单、报告模板样式和仪器型号等资料；甲方应指定专人配合实施，提供必要的办公场所和网络环境。因甲方资料提供不及时或需求变更导致工期延误的，乙方不承担责任，工期相应顺延。合同履行中甲方提出需求变更的，应以书面形式提交乙方，乙方评估工作量后报价，双方确认后实施。

## 第十二条 培训

乙方为甲方提供两次集中培训，培训对象为甲方质检部门管理员及检验员，每次不超过两天；超出部分按每人天¥2,000另行收费。

## 第十三条 违约责任

13.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

13.2 乙方在本合同项下的全部赔偿责任以合同总价的20%为限，且不承担任何间接损失、利润损失或数据损失。

13.3 甲方未按时支付款项的，乙方有权暂停实施或技术支持，工期相应顺延。

## 第十四条 合同解除

14.1 一方严重违约，经对方书面通知后20日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十五条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方，并在事件发生后15日内提供证明。

## 第十六条 争议解决

16.1 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

16.2 诉讼期间，双方应继续履行本合同中不涉及争议的部分。

## 第十七条 其他

17.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

17.2 本合同附件为本合同组成部分：附件一 软件功能清单；附件二 定制开发需求说明；附件三 实施计划。

17.3 本合同未尽事宜，以乙方官网公布的《禾信软件服务说明》为准。

甲方（盖章）：招远金穗粉丝食品有限公司　　　　乙方（盖章）：青岛禾信软件科技有限公司

授权代表：__________　　　　授权代表：__________

日期：2026年　月　日　　　　日期：2026年　月　日
"""

H432E01 = """T:Software Licence and Services Agreement
P:Agreement No. BMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Blue Mahoe Software Limited, a company incorporated in Jamaica with its registered office at 22 Trafalgar Road, Kingston 10, Jamaica (the "Licensor"); and
P:(2) Hunan Xiangyuan Fresh Supermarket Chain Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 318 Furong Middle Road, Changsha, Hunan Province (the "Customer").
P:Recitals
P:(A) The Licensor develops and licenses StockLine, a warehouse and store replenishment software product, and provides implementation and support services for it.
P:(B) The Customer operates two distribution centres and 96 supermarkets in Hunan Province and wishes to acquire perpetual licences to StockLine and to have the Licensor implement it, on the terms of this Agreement.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StockLine server and client software in object code, including the modules listed in Schedule 1 and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data conversion programs and documentation created by the Licensor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used to run replenishment for all distribution centres and stores in production.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria are met.
P:1.5 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including product, supplier, stock, order and sales data.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for the internal business of the Customer and its affiliates, with one server licence and 120 named user licences.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery. The Customer may not sublicense the Software except to a service provider operating it on the Customer's behalf.
P:2.3 Additional named user licences may be ordered at the unit price in Schedule 1 for the period stated there.
H:Article 3 Services
P:3.1 The Licensor shall install and configure the Software, develop the Custom Deliverables described in Schedule 2 (including interfaces to the Customer's ERP, point-of-sale and transport management systems), convert the Customer's item and stock data, and train the Customer's staff.
P:3.2 The Licensor shall appoint a project manager who speaks Mandarin and shall keep a team of at least six consultants on the project until Final Acceptance. The implementation shall be carried out at the Customer's premises in Changsha and remotely through the Customer's VPN.
P:3.3 The Licensor shall achieve Go-Live within 150 days after the effective date of this Agreement and Final Acceptance within 60 days after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,560,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|StockLine server licence, perpetual|640,000
TB:2|StockLine named user licences, perpetual, 120 x 3,200|384,000
TB:|Licence subtotal|1,024,000
TB:3|Implementation and data conversion|356,000
TB:4|Custom interfaces and reports (Schedule 2)|148,000
TB:5|Training|32,000
TB:|Total contract price|1,560,000
P:4.2 The Customer shall pay: (a) 10% of the total contract price (CNY 156,000) within 20 days after signature as an advance payment; (b) 55% (CNY 858,000) within 20 days after Go-Live; and (c) the remaining 35% (CNY 546,000) within 20 days after Final Acceptance.
P:4.3 Go-Live and the payment under Article 4.2(b) do not constitute acceptance of the Software or the Custom Deliverables.
P:4.4 Each payment is due against a valid invoice. The prices are fixed and not subject to exchange-rate adjustment.
H:Article 5 Acceptance
P:5.1 The Licensor shall carry out the acceptance tests set out in Schedule 3 in the presence of the Customer after Go-Live.
P:5.2 The acceptance criteria are: (a) every function in Schedule 2 works as specified; (b) stock balances in the Software reconcile with the Customer's physical stock counts for all distribution centres; (c) replenishment orders for all stores are generated within 20 minutes of the nightly sales upload for 20 consecutive business days; (d) all interfaces run for 20 consecutive business days without a Severity 1 or Severity 2 defect; and (e) the Custom Deliverables, their source code and the documentation have been delivered.
P:5.3 When the criteria are met the Customer shall issue a written Final Acceptance certificate within ten business days. If any criterion is not met, the Licensor shall correct the defect at its own cost and repeat the tests. Use of the Software in production is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct all defects, supply all updates and provide support free of charge.
P:6.2 Support is provided in Chinese and English by telephone, e-mail and remote access. For a Severity 1 defect (replenishment cannot run for any distribution centre) the Licensor shall respond within one hour and work continuously until a fix or workaround is in place. Severity 2 defects shall be responded to within two business hours and Severity 3 defects within two business days.
P:6.3 For each hour by which the Licensor exceeds the Severity 1 response time, it shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Customer may order annual support for a fee of 11% of the licence subtotal per year (CNY 112,640). This fee is fixed for the first three years of support after the Warranty Period; any later increase shall be agreed in writing and shall not exceed 3% per year. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensor retains all rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license them to third parties without further charge. The Licensor shall deliver their source code with each release.
P:7.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Licensor may access and use Customer Data only to perform this Agreement and on the Customer's instructions, and shall not keep, copy or use it for any other purpose.
P:8.2 The Licensor shall access the Customer's systems only through accounts and VPN connections approved by the Customer, shall follow the Customer's information security rules, shall not transfer Customer Data out of mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Licensor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all steps needed to contain it, and shall be liable for all losses, fines and costs arising from a data incident caused by the Licensor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, supplier terms and business plans, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.3 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of CNY 1,800 for each day of delay, up to a maximum of 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to liability under Articles 7.3 and 8.3, to personal injury, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance the Licensor shall refund the amounts paid for services not accepted, and the Customer shall keep the licences paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Jamaica.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Jamaica International Arbitration Centre, seated in Kingston, Jamaica, in the English language.
H:Article 14 General
P:14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail.
P:14.2 Schedules: Schedule 1 Licence and price list; Schedule 2 Custom Deliverables and interface specifications; Schedule 3 Acceptance test plan.
P:Signed for Blue Mahoe Software Limited: ____________________  Name and title: ____________________
P:Signed for Hunan Xiangyuan Fresh Supermarket Chain Co., Ltd.: ____________________  Name and title: ____________________
"""

H432E02 = """# Order Form: CitaPlena Clinic Scheduling Service

**Order Form No.** CP-ORD-2026-0417
**Provider:** Caribe Nube Sistemas, S.R.L., Calle del Sol 84, Santiago de los Caballeros, Dominican Republic ("Provider")
**Customer:** Chengdu Yuexin Dental Clinic Management Co., Ltd., 66 Renmin South Road Section 4, Wuhou District, Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form and the General Terms attached to it form one agreement (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A: Order Details

**A1. Service.** CitaPlena, Provider's online appointment, reminder and chair-scheduling service for dental clinics, including the web console, the patient booking page, the WeChat mini-program connector and SMS reminders, for 22 clinics of the Customer in Chengdu, Deyang and Mianyang.

**A2. Subscription Term.** Two Subscription Years, from 1 May 2026 to 30 April 2028. "Subscription Year" means each period of consecutive months starting on 1 May.

**A3. Fees.** All fees are stated in CNY at the Customer's request and include applicable taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 22 clinics | 186,000 |
| Subscription fee, Subscription Year 2 | 22 clinics | 186,000 |
| Onboarding (one time): set-up, data import, connector configuration, training | fixed | 24,000 |
| **Total** | | **396,000** |

Additional clinics may be added at CNY 8,450 per clinic per Subscription Year, pro rata. SMS messages above 40,000 per month are charged at CNY 0.045 per message and are not part of the total above.

**A4. Invoicing and payment.** Subscription fees are invoiced quarterly in arrears in four equal instalments of CNY 46,500 per Subscription Year. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable in advance.

**A5. Onboarding plan.** Provider will configure the Service for all 22 clinics, import the Customer's existing appointment book and patient contact list, connect the WeChat mini-program, and train clinic receptionists and managers. Provider plans to complete onboarding within eight weeks after the start of the Subscription Term.

**A6. Go-Live Acceptance.** Onboarding is accepted when: (a) every clinic can book, move and cancel appointments in the web console and through the patient booking page; (b) the imported appointment book matches the Customer's export for a sample of two clinics chosen by the Customer; (c) reminders are sent by SMS and WeChat for a full week without a failed batch; and (d) the trained users sign the attendance sheets. The Customer will sign a Go-Live Acceptance note when these criteria are met. Use of the Service by the clinics before that note is signed is not acceptance.

**A7. Renewal.** The Agreement does not renew automatically. The parties may agree in writing on a further Subscription Year at the same fees.

**A8. Contacts.** Provider: account manager and Mandarin-speaking support desk in the Customer's time zone. Customer: IT manager of the head office in Chengdu.

**A9. Customer onboarding tasks.** The Customer will provide an export of its current appointment book and patient contact list in the format requested by Provider, nominate one receptionist per clinic for training, arrange access to its WeChat official account for the connector, and confirm the booking rules of each clinic (chair numbers, opening hours, appointment types and durations). Delays caused by the Customer move the onboarding plan by the same period.

## Part B: General Terms

**1. Definitions.**
1.1 "Customer Data" means all data that the Customer or its clinics or patients enter into or generate in the Service, including patient names, telephone numbers, appointment histories and clinic schedules.
1.2 "Documentation" means Provider's user guides for the Service as updated from time to time.
1.3 "Customer Configurations" means the clinic set-ups, booking rules, reminder templates, forms and reports configured for the Customer.

**2. The Service.**
2.1 Provider grants the Customer and its clinics a non-exclusive right to use the Service during the Subscription Term for their own business.
2.2 Provider will use commercially reasonable efforts to make the Service available and to keep it running smoothly, and will provide support by e-mail and through the support desk during business hours. Provider will try to answer support requests promptly. Scheduled maintenance will be announced on the console where practicable.
2.3 Provider may improve and change the features of the Service, provided that the functions described in A1 are not materially reduced.

**3. Customer obligations.** The Customer is responsible for the accuracy of the data its clinics enter, for obtaining patients' consent to reminders where the law requires it, and for keeping its user passwords secure. The Customer shall not use the Service to send advertising messages to patients who have not agreed to receive them, shall not try to access parts of the Service that are not made available to it, and shall inform Provider promptly if it learns of any unauthorised use of its accounts. Each clinic manager may create and remove user accounts for the staff of that clinic.

**4. Customer Data and Security.**
4.1 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or share it.
4.2 Provider shall host the Service and all Customer Data in a data centre in mainland China operated by a provider holding an MLPS level 3 filing, shall encrypt Customer Data in transit and at rest, shall restrict access to named support staff with multi-factor authentication, and shall log all access.
4.3 Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate with the Customer in the response, and shall bear the costs, losses and fines resulting from any incident caused by a failure of Provider or its staff to meet this Section 4.
4.4 At the end of the Subscription Term Provider shall export all Customer Data in CSV format on request and then delete it within 30 days, confirming the deletion in writing.

**5. Intellectual Property.**
5.1 Provider owns the Service, the Documentation and all underlying software.
5.2 Customer Configurations belong to the Customer, which may use, copy, modify and give them to any other provider without restriction.

**6. Confidentiality.** Each party shall keep confidential the other's non-public business and technical information, including prices and patient information, and shall use it only for this Agreement. This obligation lasts for three years after the Agreement ends, and for patient information without time limit.

**7. Fees and Taxes.** Fees are fixed for the Subscription Term. Provider will issue valid Chinese VAT invoices through its representative office in Chengdu. The Customer may withhold a disputed amount in good faith while the dispute is resolved. Each party bears its own bank charges.

**8. Subcontractors.** Provider shall not subcontract any part of the Service without the Customer's prior written consent, except that the hosting provider named in Provider's security annex is approved by the signature of this Order Form. Provider is responsible for its subcontractors. Provider shall ensure that each subcontractor is bound by obligations on data security and confidentiality no less protective than those in Sections 4 and 6.

**9. Warranties.** Provider warrants that it will provide the Service with reasonable skill and care and that the Service will materially conform to the Documentation. If it does not, Provider will correct the non-conformity.

**10. Limitation of Liability.** Each party's total liability arising out of this Agreement is limited to CNY 600,000. This limit does not apply to breach of Section 4 or Section 6, to personal injury or to wilful misconduct. Neither party is liable for lost profits or indirect loss.

**11. Term and Termination.**
11.1 The Agreement runs for the Subscription Term stated in A2.
11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice of it.
11.3 If the Customer terminates under 11.2, Provider shall refund any fees paid for the period after termination and shall return Customer Data under 4.4.

**12. Force Majeure.** Neither party is liable for a failure caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

**13. Governing Law and Disputes.** The Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time.

**14. General.** This Agreement is the entire agreement of the parties about the Service. Amendments must be in writing. Notices may be given by e-mail to the contacts in A8. The English text prevails; a Chinese translation is provided for convenience.

**15. Assignment.** Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the business concerned and accepts all obligations under this Agreement.

**16. Changes to these General Terms.** Provider may not change these General Terms during the Subscription Term without the Customer's written agreement. Changes to the Documentation do not change the Customer's rights under this Agreement.

**17. Order of documents.** The Agreement consists of this Order Form, these General Terms and Provider's security annex, in that order of priority.

Signed for Caribe Nube Sistemas, S.R.L.: ____________________ Date: __________

Signed for Chengdu Yuexin Dental Clinic Management Co., Ltd.: ____________________ Date: __________
"""

H432E03 = """T:Supply and Installation Contract for Barn Environmental Monitoring Sensors
P:Contract No. LY-PUR-2026-033 (Buyer's standard form)
P:Buyer: Hebei Lüyuan Dairy Farming Co., Ltd., No. 9 Muye Road, Luquan District, Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Isla Sensor Technologies LLC, 415 Calle Méndez Vigo, Mayagüez, Puerto Rico 00680 (the "Supplier").
P:Whereas the Buyer operates a dairy farm with eight free-stall barns, two calf barns and a milking parlour, and wishes to monitor temperature, humidity, ammonia and milk-tank temperature continuously; and whereas the Supplier manufactures wireless sensors and monitoring software and has offered to supply and install them, the parties agree as follows. All prices are stated in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, gateways and monitoring software listed in Section 2, integrate the system with the Buyer's herd management software, and train the Buyer's staff.
P:1.2 The Supplier shall deliver the operating manuals, calibration certificates, network drawings and the configuration of the monitoring software in Chinese and English.
P:1.3 Installation and on-site service in China shall be carried out by the Supplier's own engineers together with Shijiazhuang Nongxin Electrical Engineering Co., Ltd., the Supplier's local installation partner, which the Buyer approves by signing this Contract.
H:Section 2 Price
P:2.1 The Contract Price is CNY 540,000, fixed and inclusive of VAT, freight, import duties, insurance, installation, calibration and training. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensors, LoRa|240|420|100,800
TB:2|Ammonia sensors, electrochemical|60|1,850|111,000
TB:3|LoRa gateways with 4G back-up|12|6,400|76,800
TB:4|Milk-tank temperature probes|16|2,300|36,800
TB:5|BarnWatch monitoring software licence, perpetual|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||473,400
TB:6|Installation, calibration and integration|1|58,600|58,600
TB:7|Training|1|8,000|8,000
TB:|Contract Price|||540,000
P:2.2 The Contract Price is not subject to adjustment for exchange rates, freight costs or duties.
H:Section 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 108,000) as an advance within 15 business days after signature, against a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 243,000) within 15 business days after the Installation Certificate under Section 5.1 is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 189,000) within 15 business days after the Final Acceptance Certificate under Section 5.3 is signed.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within 70 days after signature and complete installation within 25 days after delivery.
P:4.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 The Supplier shall pack the equipment for sea and road transport, mark each package with the contract number and barn location, and deliver it DDP to the farm. The Supplier is responsible for export and import formalities, including any certificates required by Chinese customs and radio-equipment type approval for the wireless devices.
P:4.4 The Buyer shall provide power outlets, mounting points and a network connection at each gateway location shown in the installation drawing approved by the Buyer, and shall give the Supplier's engineers access to the barns during agreed working hours.
H:Section 5 Installation and Acceptance
P:5.1 When installation is complete the parties shall sign an Installation Certificate listing the installed items.
P:5.2 Final acceptance tests shall be carried out during a trial run of 30 consecutive days. The acceptance criteria are: (a) each sensor reading is within the accuracy stated in the technical annex when compared with the Buyer's calibrated reference instruments (temperature ±0.3 °C, humidity ±3% RH, ammonia ±2 ppm); (b) at least 98% of scheduled readings from each barn reach the software during the trial run; (c) alarms are sent by SMS and app within 60 seconds in each simulated alarm test; (d) data is transferred correctly to the Buyer's herd management software; and (e) all documents under Section 1.2 are delivered.
P:5.3 When all criteria are met the Buyer shall sign a Final Acceptance Certificate. If any criterion is not met, the Supplier shall correct the defect at its own cost within 10 days and the test shall be repeated. Installation, use of the system or any payment shall not be deemed acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective item free of charge, recalibrate the ammonia sensors every six months, and supply software updates.
P:6.2 Fault levels and response times are set out below. Response means a qualified engineer working on the fault by telephone or remote access.
TB:Level|Definition|Response|On-site attendance
TB:Level 1|Monitoring of a whole barn or the milk tanks is lost|1 hour|Within 24 hours
TB:Level 2|Several sensors or one gateway fail|2 business hours|Within 48 hours
TB:Level 3|Single sensor fault or minor software defect|1 business day|Next scheduled visit
P:6.3 For each hour by which the Supplier exceeds a Level 1 response or attendance time, it shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall offer support at an annual fee of 7% of the Hardware and Licence Subtotal (CNY 33,138 per year), fixed for the two years following the warranty period. Support is ordered by purchase order and does not renew automatically.
P:6.5 The Supplier shall train the Buyer's farm managers, barn supervisors and maintenance electricians on the use of the monitoring software, the meaning of alarms, battery replacement and basic sensor cleaning. Training shall be held at the farm in Chinese, with printed materials, before the trial run starts.
H:Section 7 Data
P:7.1 All readings, alarms, logs and reports generated by the system (the "Farm Data") belong to the Buyer. The Supplier may use Farm Data only to perform this Contract.
P:7.2 The monitoring software shall be installed on the Buyer's server at the farm. The Supplier shall access it remotely only through the Buyer's VPN with an account approved by the Buyer for each session, shall not copy Farm Data out of the Buyer's systems, and shall change all default passwords of gateways and sensors before handover.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or Farm Data, shall assist in containing it, and shall be liable for the losses caused by an incident attributable to the Supplier.
H:Section 8 Intellectual Property
P:8.1 The configuration, dashboards, alarm rules, integration scripts and documentation prepared for the Buyer belong to the Buyer, which may use, modify and give them to third parties.
P:8.2 The BarnWatch software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's herd and production data and the prices in this Contract, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
P:9.2 The Supplier's staff on the farm shall follow the Buyer's biosecurity rules, including disinfection, protective clothing and restricted movement between barns, and the Buyer's safety rules for work at height and near animals.
H:Section 10 Subcontracting
P:10.1 Apart from the local installation partner approved in Section 1.3, the Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the work of its subcontractors.
H:Section 11 Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund all amounts paid for items not accepted.
H:Section 12 Governing Law and Disputes
P:12.1 This Contract is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:Section 13 General
P:13.1 This Contract takes effect on signature by both parties. Annex 1 (Technical specifications) and Annex 2 (Acceptance test plan) form part of it. The Contract is signed in two originals in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H432E04 = """# Managed IT Services Agreement

**Agreement No.** DMS-WH-2026-07

**Between**

**Demerara Managed Services Inc.**, 57 Main Street, Georgetown, Guyana ("Supplier"); and

**Wuhan Jiahe Supermarket Chain Co., Ltd.**, 200 Jiefang Avenue, Jianghan District, Wuhan, Hubei Province, People's Republic of China ("Customer").

**Background.** The Customer runs 46 supermarkets and a head office in Wuhan and nearby cities. It wishes to outsource its IT service desk, the monitoring and patching of its store computers and point-of-sale terminals, and the management of its store network equipment. The Supplier provides these services remotely from its service centre and through field engineers. All charges in this Agreement are stated in CNY at the Customer's request.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Service Year" means each period of consecutive months starting on the Service Commencement Date or an anniversary of it.

1.4 "Customer Data" means all data of the Customer and its customers that the Supplier accesses or processes in providing the Services, including sales, member, staff and payment-terminal data.

1.5 "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service of the Customer covered by the Services.

## 2. Term

2.1 This Agreement starts on signature. The initial term is two Service Years from the Service Commencement Date (the "Initial Term").

2.2 After the Initial Term this Agreement renews automatically for successive renewal terms of one Service Year each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term the Supplier may increase the Monthly Service Charge by up to 6% over the charge for the preceding term by giving written notice at least 60 days before the renewal term starts.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,460,000.

3.2 The Transition Charge is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.

3.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by the Supplier's Wuhan branch.

## 4. Transition and Transition Acceptance

4.1 The Supplier shall complete the transition described in Schedule 1, Part B, within 45 days after signature.

4.2 The transition is accepted when: (a) all 46 stores and the head office are connected to the Supplier's monitoring tools and show green status for seven consecutive days; (b) every store computer and point-of-sale terminal is listed in the asset register with its patch level; (c) the service desk has handled a test set of 40 tickets in Chinese according to the agreed procedures; and (d) the runbooks listed in Schedule 1 have been delivered and approved by the Customer. The Customer shall then sign a Transition Acceptance Certificate. Starting to provide the Services is not acceptance.

4.3 If the transition is not accepted by the date in clause 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,200 for each day of delay until acceptance.

## 4A. Customer Responsibilities

4A.1 The Customer shall give the Supplier remote access to the systems covered by the Services, keep an up-to-date list of its stores and contacts, and make store staff available to assist field engineers.

4A.2 The Customer shall inform the Supplier at least 14 days in advance of new store openings, store closures and planned changes to its point-of-sale software.

## 5. Service Levels

5.1 The Supplier shall meet the service levels in Schedule 3 and report on them each month.

5.2 If a service level is missed, the Supplier shall give the service credits stated in Schedule 3. Service credits are deducted from the next invoice and do not limit the Customer's other rights.

5.3 The parties shall hold a monthly service review to discuss the service level report, open problems and planned changes, and a quarterly review with the Customer's IT director to agree improvement actions.

## 6. Subcontracting

6.1 The Supplier may engage field-service subcontractors in the cities where the Customer's stores are located to perform on-site work, by giving the Customer written notice of the subcontractor's name and scope at least ten days before the subcontractor starts work.

6.2 The Supplier remains responsible for all work performed by its subcontractors and shall ensure that they comply with clauses 7 and 8.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

7.2 The Supplier shall access the Customer's systems only through the Customer's jump server with named accounts and multi-factor authentication, shall keep Customer Data within mainland China, shall not copy Customer Data to its own systems except ticket records hosted in mainland China, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 The Supplier shall notify the Customer within six hours after becoming aware of a security incident affecting Customer Data, shall cooperate in the investigation, and shall be liable for the losses, fines and costs of an incident caused by the Supplier or its subcontractors.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including prices, store data and network information, and shall use it only for this Agreement. This clause survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, configuration records, scripts and reports prepared for the Customer belong to the Customer, which may use, modify and give them to a successor provider.

9.2 The Supplier's monitoring tools remain the Supplier's property.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to breach of clause 7 or 8, personal injury or wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the Supplier misses the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination the Supplier shall provide exit assistance for up to 60 days at the Monthly Service Charge and hand over all runbooks and records.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 13. General

Amendments must be in writing and signed by both parties. Notices may be sent to the addresses above by courier or by e-mail to the contacts named in Schedule 1.

## Schedule 1: Services

**Part A: Scope**

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and WeChat support in Chinese for store and head-office staff | 07:00 to 23:00 every day |
| Endpoint management | Monitoring, patching and anti-virus for 410 store computers and 380 point-of-sale terminals | Continuous monitoring, patching in agreed windows |
| Store network | Monitoring and configuration of 46 store routers and 138 switches and Wi-Fi access points | Continuous |
| Field service | On-site repair and replacement in stores | 08:00 to 22:00 every day |

**Part B: Transition.** Discovery of all assets, installation of monitoring agents, knowledge transfer from the Customer's IT team, set-up of the ticketing system, and preparation of the runbooks for store opening, point-of-sale failure, network failure and payment-terminal replacement.

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One time | 68,000 |
| Monthly Service Charge | 24 months in the Initial Term, CNY 58,000 per month | 1,392,000 |
| **Total Contract Value, Initial Term** | | **1,460,000** |

Additional stores are charged at CNY 1,150 per store per month from the month after they are added.

## Schedule 3: Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit per missed Incident |
|---|---|---|---|---|
| Priority 1 | Point-of-sale down in a whole store, or head-office network down | 30 minutes | 3 hours | 2% of the Monthly Service Charge |
| Priority 2 | Several tills or one store network segment down | 1 hour | 8 hours | 0.5% of the Monthly Service Charge |
| Priority 3 | Single device or user problem | 6 business hours | 2 business days | none |

Monthly service desk targets: 90% of calls answered within 60 seconds; 95% of patches applied within 14 days of release. If a monthly target is missed, a credit of 1% of the Monthly Service Charge applies. Total credits in a month shall not exceed 12% of the Monthly Service Charge.

Signed for Demerara Managed Services Inc.: ____________________ Date: __________

Signed for Wuhan Jiahe Supermarket Chain Co., Ltd.: ____________________ Date: __________
"""

H432E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SDS-API-2026-0092

PARTIES

Saramacca Data Services N.V., a company registered in Suriname, with its office at Waterkant 31, Paramaribo, Suriname ("Provider").

Xiamen Haiyue Seafood Trading Co., Ltd., a company registered in the People's Republic of China, with its office at 88 Xiangyu Road, Huli District, Xiamen, Fujian Province ("Customer").

BACKGROUND

(A) Provider collects and publishes data on fishing-vessel positions, port calls, landed catch volumes and first-sale prices for shrimp, snapper and other species in the Atlantic and Caribbean, and makes this data available through an application programming interface (the "API").

(B) Customer imports frozen seafood into China and wishes to use the API in its purchasing and quality-tracing systems. At Customer's request all fees are stated and payable in CNY.

1. DEFINITIONS

1.1 "Provider Data" means the data made available through the API.

1.2 "Customer Data" means all data that Customer sends to the API or stores in its account, including query logs, watch lists of vessels and suppliers, purchase-order references and the API keys issued to Customer.

1.3 "Subscription Year" means each of the two periods from 1 June 2026 to 31 May 2027 and from 1 June 2027 to 31 May 2028 (together, the "Subscription Term").

1.4 "Integration Acceptance" means Customer's written confirmation under Section 4 that the API connection meets the acceptance criteria.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to store Provider Data in its own systems and to use it for its internal business, including in reports to its own customers and to Chinese customs and market regulators.

2.2 The subscription includes up to 5,000,000 API calls per month, the vessel-position, port-call, catch and price endpoints, and access to the historical archive from 2019.

2.3 Provider shall deliver API credentials, a test environment and integration support for Customer's developers, and shall build a mapping of Provider's species and port codes to Customer's product codes (the "Customer Mapping").

3. FEES AND PAYMENT

3.1 The fees are:

Item                                          Amount (CNY)
Subscription fee, Subscription Year 1         264,000
Subscription fee, Subscription Year 2         264,000
Integration support and Customer Mapping      18,000
Total contract value                          546,000

3.2 Calls above the monthly allowance are charged at CNY 0.02 per call and invoiced monthly; these charges are not part of the total contract value.

3.3 Subscription fees are invoiced quarterly in arrears at CNY 66,000 per quarter. The integration fee is invoiced after Integration Acceptance. No amount is payable in advance. Invoices are payable within 30 days.

3.4 Fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver the API credentials, test environment and Customer Mapping within 20 days after signature.

4.2 Integration Acceptance requires that: (a) all endpoints in Section 2.2 return complete responses to Customer's test script of 2,000 calls; (b) median response time is below 600 milliseconds from Customer's servers in Xiamen; (c) the Customer Mapping covers all product codes on Customer's list; and (d) field completeness for the price endpoint reaches the level stated in the API documentation for the last 90 days. Customer shall sign a written Integration Acceptance when these criteria are met. Use of the API in production before that is not acceptance.

4.3 If Provider fails to deliver under Section 4.1 on time, Provider shall pay Customer CNY 500 for each day of delay until delivery.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Provider shall respond to Priority 1 incidents (the API is unavailable or returns wrong data for all queries) within one hour, at any time, and to Priority 2 incidents within one business day.

5.3 If availability in a month falls below the level in 5.1, Customer shall receive a credit of 5% of the monthly portion of the subscription fee for each 0.1 percentage point of shortfall, up to 50%. If a Priority 1 response is late, Customer shall receive a credit of CNY 1,000 for each hour of delay.

6. CUSTOMER DATA AND SECURITY

6.1 Customer owns Customer Data.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in aggregated and de-identified form, including query patterns and the vessels and species Customer follows, to improve Provider's data sets, to develop new products and to prepare market statistics offered to other customers. This licence survives the end of this Agreement.

6.3 Provider shall keep Customer Data and API keys encrypted in transit and at rest, restrict access to named staff, keep access logs, and not disclose Customer Data except as permitted in 6.2.

6.4 Provider shall notify Customer within 24 hours of any unauthorised access to Customer Data or API keys, shall issue new keys at once, and shall be responsible for the losses caused to Customer by an incident resulting from Provider's failure to comply with 6.3.

7. CUSTOMER MAPPING

The Customer Mapping is created for Customer and belongs to Customer, which may use, modify and give it to third parties without restriction. Provider Data and the API remain Provider's property.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including prices and the terms of this Agreement, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTING

Provider shall not subcontract the operation of the API or any integration work without Customer's prior written consent. Provider remains responsible for its subcontractors.

10. WARRANTIES AND DATA QUALITY

10.1 Provider warrants that it collects Provider Data lawfully, that it has the right to license it, and that it will correct any error in Provider Data promptly after it is reported.

10.2 Provider shall publish, for each endpoint, the sources of the data, the update frequency and the known gaps in coverage, and shall keep this information current. Vessel positions are updated at least every 15 minutes, port calls daily and first-sale prices weekly.

10.3 If Customer reports an error in Provider Data, Provider shall confirm receipt within one business day, investigate it, and publish a correction or an explanation within five business days.

10A. CUSTOMER OBLIGATIONS

10A.1 Customer shall keep its API keys secret, use them only from its own systems, and not share its access with any other company, except that its affiliates in mainland China may use the API under Customer's account.

10A.2 Customer shall not resell Provider Data as a data product, shall not use the API to build a competing data service, and shall cite Provider as the source when it publishes Provider Data in reports.

10A.3 Customer is responsible for the use it makes of Provider Data in its purchasing decisions.

10B. CHANGES TO THE API

10B.1 Provider may add endpoints and fields at any time. Provider shall give Customer at least 90 days' written notice before removing an endpoint or field, or changing a response format in a way that is not backward compatible, and shall keep the previous version running during that period.

10B.2 Changes to the API shall not reduce the content of the subscription described in Section 2.2.

11. LIMITATION OF LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months before the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or lost profits.

12. TERM AND TERMINATION

12.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically; a new subscription requires a new written order.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

12.3 Customer may keep and use Provider Data received before the end of the Agreement.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

13A. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war, or the failure of public telecommunications networks, provided it informs the other party without delay and takes reasonable steps to resume performance. Service credits under Section 5.3 remain due for any unavailability caused by Provider's own systems.

14. GENERAL

Neither party may assign this Agreement without the written consent of the other party. This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. Notices may be sent by e-mail to the contacts named in the account set-up form. Each month Provider shall send Customer a usage and availability report showing the number of calls, the availability achieved and any incidents.

Signed for Saramacca Data Services N.V.: ____________________ Name: ____________ Date: __________

Signed for Xiamen Haiyue Seafood Trading Co., Ltd.: ____________________ Name: ____________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format, language, category)
FILES = {
    "h432z01": ("h432z01_city_management_digital_platform_licence.pdf", "pdf", "zh", "software"),
    "h432z02": ("h432z02_wire_rope_drawing_stranding_control_retrofit.docx", "docx", "zh", "hardware"),
    "h432z03": ("h432z03_childcare_chain_parent_app_saas.txt", "txt", "zh", "cloud"),
    "h432z04": ("h432z04_tax_bureau_queue_system_annual_om.txt", "txt", "zh", "services"),
    "h432z05": ("h432z05_vermicelli_factory_lims_supplier_template.md", "md", "zh", "software"),
    "h432e01": ("h432e01_jamaica_wms_perpetual_licence_supermarkets.pdf", "pdf", "en", "software"),
    "h432e02": ("h432e02_dominican_clinic_scheduling_saas_order_form.md", "md", "en", "cloud"),
    "h432e03": ("h432e03_puerto_rico_barn_sensors_dairy_farm.docx", "docx", "en", "hardware"),
    "h432e04": ("h432e04_guyana_managed_it_services_supermarkets.md", "md", "en", "services"),
    "h432e05": ("h432e05_suriname_seafood_data_api_subscription.txt", "txt", "en", "cloud"),
}
SRC = {"h432z01": H432Z01, "h432z02": H432Z02, "h432z03": H432Z03, "h432z04": H432Z04, "h432z05": H432Z05,
       "h432e01": H432E01, "h432e02": H432E02, "h432e03": H432E03, "h432e04": H432E04, "h432e05": H432E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: terms in TERM_KEYS order, then extra (sla_clause, ld_stated, post_warranty_fee_capped|None, deemed, value)
LABELS = {
    "h432z01": ([99.95, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 36, 10, False, True, True,
                 "PRC", G], [True, True, True, False, 2400000]),
    "h432z02": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8, False, False, False,
                 "PRC", G], [True, True, True, False, 2260000]),
    "h432z03": ([99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, True, True,
                 False, "PRC", S], [True, True, None, False, 993200]),
    "h432z04": ([99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S], [True, True, None, False, 408000]),
    "h432z05": ([None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 28, False, True, None,
                 None, G], [True, True, True, True, 800000]),
    "h432e01": ([None, 1, True, "buyer", True, True, True, 1800 / 1560000 * 100, 150, 10, True, True, 18, 11, False,
                 True, False, "Jamaica", G], [True, True, True, False, 1560000]),
    "h432e02": ([None, None, False, "buyer", True, True, True, None, 600000 / 396000 * 100, None, True, None, None,
                 None, False, True, False, "PRC", S], [False, False, None, False, 396000]),
    "h432e03": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 7, False, True, False,
                 "PRC", G], [True, True, True, False, 540000]),
    "h432e04": ([None, 0.5, True, "buyer", True, True, True, 1200 / 1460000 * 100, 150, None, True, None, None, None,
                 True, True, True, "PRC", S], [True, True, None, False, 1460000]),
    "h432e05": ([99.95, 1, True, "buyer", True, False, True, 500 / 546000 * 100, 6 / 24 * 100, None, True, None, None,
                 None, False, True, False, "PRC", S], [True, True, None, False, 546000]),
}
# TCO inputs (goods_or_licence only): itemised licence / hardware subtotal (fee base)
FEE_BASE = {"h432z01": 1280000, "h432z02": 1860000, "h432z05": 520000, "h432e01": 1024000, "h432e03": 473400}
# price and payment sums, checked below
SUMS = {
    "h432z01": ([1280000, 936000, 148000, 36000], [480000, 1080000, 840000]),
    "h432z02": ([696000, 348000, 384000, 216000, 216000, 168000, 214000, 18000], [226000, 1130000, 791000, 113000]),
    "h432z03": ([3 * 302400, 86000], [86000] + [75600] * 12),
    "h432z04": ([216000, 64800, 58000, 47200, 22000], [102000] * 4),
    "h432z05": ([520000, 216000, 64000], [520000, 280000]),
    "h432e01": ([640000, 384000, 356000, 148000, 32000], [156000, 858000, 546000]),
    "h432e02": ([186000, 186000, 24000], [46500] * 8 + [24000]),
    "h432e03": ([100800, 111000, 76800, 36800, 148000, 58600, 8000], [108000, 243000, 189000]),
    "h432e04": ([68000, 24 * 58000], [68000] + [58000] * 24),
    "h432e05": ([264000, 264000, 18000], [66000] * 8 + [18000]),
}
# my design list, written before the labels were checked against it
DESIGN = {
    "h432z01": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h432z02": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h432z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "h432z04": [],
    "h432z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h432e01": ["CR-GOVERNING-LAW"],
    "h432e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h432e03": [],
    "h432e04": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "h432e05": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    terms, extra = LABELS[key]
    name, fmt, lang, cat = FILES[key]
    t = dict(zip(TERM_KEYS, terms))
    ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = extra[2]
    ex["acceptance_deemed_on_delivery"] = extra[3]
    ex["contract_value"] = extra[4]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
            "expected_rules": sorted(rules_from_label(key, t, ex))}


def tco_share(key, t):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = the contract value."""
    value = LABELS[key][1][4]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (value + fees) * 100


def rules_from_label(key, t, ex):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures that must appear nowhere (digits, Chinese numerals, words)
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个?小时|hours?\b|-hours?\b|h\b)", r"四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05\s*(?:%|percent|per\s*cent)", r"万分之五(?![十0-9〇零一二三四五六七八九])",
    r"(?<![\d.,])100\s*(?:%|percent|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent",
    r"(?<![\d.,])12\s*(?:个月|months?\b|-months?\b)", r"(?<![一二三四五六七八九十])十二个月", r"\btwelve[\s-]*months?\b",
    r"(?<![〇零一二三四五六七八九十])一年", r"\bone[\s-]*years?\b", r"(?<![\d.,])1\s*years?\b",
    r"(?<![\d.,])15\s*(?:%|percent|per\s*cent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent",
    r"(?<![\d.,])5\s*(?:年(?!度)|years?\b|-years?\b)", r"(?<![一二三四六七八九十〇零])五年", r"\bfive[\s-]*years?\b",
    r"(?<![\d.,])60\s*(?:个月|months?\b|-months?\b)", r"六十个月", r"\bsixty[\s-]*months?\b",
]
THRESH = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 小时", "4 hours", "4-hour", "四小时", "四个小时", "four hours", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年",
            "5 years", "五年", "five years", "five-year", "60 months", "六十个月"]
MUST_MISS = ["24小时", "14小时", "48小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "万分之二", "服务年度", "一个服务年度", "Subscription Year", "one Service Year", "0.5%", "45%", "35%", "0.1%",
             "1,100 units", "12319热线", "二十四个月", "十五日", "25 years", "2 business hours", "8小时", "1,150 per store",
             "130%", "140%", "312 months", "215%"]


def scan(text):
    return [m.group(0) for rx in THRESH for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan(s), "pattern misses %r" % s
    for s in MUST_MISS:
        assert not scan(s), "pattern wrongly hits %r: %r" % (s, scan(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    markup = {k: v for k, v in SRC.items() if FILES[k][1] in ("docx", "pdf")}
    write(markup, {k: (FILES[k][0], FILES[k][1]) for k in markup}, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for k, (name, fmt, lang, cat) in FILES.items():
        lab = label(k)
        t, ex = lab["expected_terms"], lab["expected_extra"]
        # sums
        items, pays = SUMS[k]
        assert sum(items) == ex["contract_value"], (k, sum(items))
        assert sum(pays) == ex["contract_value"], (k, sum(pays))
        # rules derived from labels == design list
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(k, t) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (k, share)
        # texts: source and read-back
        back = read_back(OUT / name)
        n = length(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for txt in [SRC[k], back]:
            for v in variants(txt):
                hits = scan(v)
                if hits:
                    problems.append("%s threshold figure %r" % (name, hits))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%-62s %s %5d %-6s %s %s" % (name, lang, n, risk(lab["expected_rules"]),
                                         "" if share is None else "TCO %.2f%%" % share,
                                         ", ".join(lab["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert len(ALL_RULES) == 20
    for p in problems:
        print("PROBLEM:", p)
    assert not problems


if __name__ == "__main__":
    main()
