"""Builds holdout135: ten ordinary draft contracts (5 Chinese, 5 English), written before any run.

All ten sources are kept here. The .md and .txt files are written as they stand; the two .docx and the two .pdf
are built with ../word_pdf.py (markup: T: title, H: heading, P: paragraph, TB: table row), the PDFs broken into
lines at word boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H135Z01 = """
T:淮川市智慧城管综合平台建设项目政府采购合同
P:合同编号：HCCG-2025-ZC-0917
P:采购项目编号：HCZC2025-GK-0263（公开招标）
P:甲方（采购人）：淮川市城市管理局
P:地址：淮川市滨江大道168号　　联系部门：信息中心
P:乙方（供应商）：苏州慧衡信息技术有限公司
P:地址：苏州工业园区星湖街328号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及淮川市智慧城管综合平台建设项目（以下简称“本项目”）的招标文件、乙方投标文件和中标通知书，双方经协商一致订立本合同。上述文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的软件许可、硬件供货、定制开发、历史数据迁移、部署实施、系统集成、培训以及质保期内的运维服务，建成覆盖市、区、街道三级的城市管理监督指挥体系。
P:1.2 主要建设内容包括：（1）监督指挥、案件办理、综合执法、市容环卫、园林绿化和数据驾驶舱等业务子系统；（2）视频智能识别，利用全市已建的2,600路公共视频，自动发现占道经营、暴露垃圾、乱堆物料、违规广告、共享单车乱停放等14类城市管理事件；（3）与政务服务便民热线、原数字城管系统、执法记录仪管理平台和市政务数据共享交换平台的接口对接；（4）原数字城管系统约186万件历史案件及附件的迁移。
P:1.3 平台应用部署于淮川市政务云（已通过网络安全等级保护三级测评），AI推理服务器部署于甲方指挥中心机房。具体部署方案、接口清单和功能清单以甲方书面确认的《深化设计方案》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾万元整（¥2,900,000.00），为固定总价，已包括质保期内的全部服务费用及各项税费。
P:2.2 价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智慧城管综合平台软件许可（永久，不限用户数）|1套|1,280,000|1,280,000
TB:2|视频智能识别算法授权（14类事件，2,600路）|1套|360,000|360,000
TB:3|AI推理服务器（含GPU加速卡）|2台|198,000|396,000
TB:|软硬件小计|||2,036,000
TB:4|定制开发（接口对接及业务定制）|1项|486,000|486,000
TB:5|历史数据迁移|1项|128,000|128,000
TB:6|部署实施与系统集成|1项|214,000|214,000
TB:7|培训|1项|36,000|36,000
TB:|合计|||2,900,000
H:第三条 付款方式
P:3.1 本合同生效且乙方提交合同总价5%的银行履约保函后十个工作日内，甲方向乙方支付合同总价的20%，即¥580,000，作为预付款。
P:3.2 平台通过初验后十个工作日内，甲方支付合同总价的45%，即¥1,305,000。
P:3.3 平台通过终验后十个工作日内，甲方支付合同总价的35%，即¥1,015,000。终验合格后，甲方退还履约保函。
P:3.4 乙方应在每次付款前开具等额的增值税发票。甲方通过财政国库集中支付方式付款。
H:第四条 实施进度
P:4.1 乙方应自合同生效之日起150日内完成全部软硬件部署、定制开发、接口联调和数据迁移，并提交初验申请。初验合格后平台进入试运行，试运行期为90日；试运行结束后20日内由甲方组织终验。
P:4.2 乙方应在合同生效后10日内提交《深化设计方案》和实施计划，经甲方确认后执行，并随系统交付用户手册、运维手册、接口说明、源代码及部署脚本等技术文档。
H:第五条 验收
P:5.1 初验标准：（1）各子系统功能逐项符合招标文件技术要求和《深化设计方案》的功能清单；（2）在500个并发用户条件下，常用业务页面响应时间不超过2秒，案件查询不超过3秒；（3）视频智能识别在甲方抽取的1,000个样本事件中，漏报不超过60个、误报不超过80个；（4）全部接口完成联调，与便民热线的工单双向流转连续7日无差错；（5）历史案件数据逐条核对，记录数、附件数和关键字段一致。
P:5.2 终验标准：（1）试运行期间未发生一级故障，二级故障均在约定时限内排除；（2）平台通过甲方委托的第三方机构开展的等级保护三级测评和商用密码应用安全性评估；（3）初验遗留问题全部整改完毕；（4）技术文档和源代码移交齐全。终验合格的，双方签署终验报告。
P:5.3 平台上线试运行、甲方实际使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、硬件维修更换、系统巡检和技术支持。
P:6.2 平台年可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.3 故障分级及响应：一级故障（平台整体不可用、指挥调度或案件流转中断）：30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个子系统或接口异常）：1小时内响应，24小时内排除；三级故障（一般性问题和咨询）：1个工作日内处理。
P:6.4 乙方未达到上述服务水平的，一级故障每超时1小时，支付服务违约金¥1,000；二级故障每超时1小时，支付¥300；年可用率每低于约定值0.01个百分点，支付¥2,000。上述款项可从履约保函或应付款中扣除。
P:6.5 质保期满后，甲方如需继续由乙方提供运维服务，年度运维服务费不超过软硬件小计的8%，即每年不超过¥162,880，该上限自质保期满起三年内不得上调。运维服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 本项目定制开发的程序、接口、数据库设计、数据迁移脚本及相关文档的知识产权归甲方所有。乙方应在终验时移交全部源代码，甲方可自行或委托第三方使用、修改和二次开发。
P:7.2 乙方原有的平台软件和识别算法的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 平台中的案件信息、视频图像、执法记录、市民个人信息及其他业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护三级要求。运维操作一律通过甲方堡垒机，使用实名账号，全程留痕；远程运维须经甲方逐次审批；测试只能使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在发现后1小时内报告甲方，立即采取处置措施并配合调查。因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对第三方的赔偿。
H:第九条 保密
P:乙方对履行本合同过程中知悉的甲方网络拓扑、账号口令、安全配置、案件信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 因乙方原因未能按期提交初验或通过终验的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方支付的违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。甲方逾期付款的，按中国人民银行公布的同期贷款市场报价利率支付利息。
H:第十一条 分包与转包
P:乙方不得转包本合同。本项目不允许分包；AI推理服务器确需由原厂工程师现场安装调试的，乙方应事先取得甲方书面同意，并对原厂工程师的行为承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）逾期超过60日；（2）验收两次不合格；（3）因乙方原因发生重大数据安全事件；（4）擅自转包或分包；（5）其他严重违约行为经书面催告后十日内未纠正。
P:12.2 因乙方原因解除合同的，乙方应退还甲方已付款项，并赔偿甲方损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:甲方（盖章）：淮川市城市管理局　　　　乙方（盖章）：苏州慧衡信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

H135Z02 = """
T:拉丝漏板温控系统采购及维保合同
P:合同编号：WJBX-SB-2025-0472
P:甲方（买方）：皖江玻璃纤维有限公司
P:住所：安徽省芜湖市繁昌区玻纤产业园纬二路9号
P:乙方（卖方）：常州炉控自动化设备有限公司
P:住所：江苏省常州市武进区湖塘镇智造路66号
P:甲方二号池窑拉丝车间现有漏板温控柜已运行十余年，控温波动大，部分备件已停产。经甲方邀请招标，乙方中标。双方根据《中华人民共和国民法典》，就拉丝漏板温控系统的采购、安装调试及质保期满后的维保服务订立本合同，共同遵守。
H:一、合同标的与技术要求
P:（一）乙方为甲方二号池窑拉丝车间的36个拉丝位供应漏板温控系统，替换原有温控柜，包括温控柜、铂铑热电偶及补偿导线、温控集中监控软件、监控服务器及工业交换机，并负责安装调试、人员培训、质保期内的保修服务和质保期满后的维保服务。
P:（二）主要技术要求：
P:1. 漏板温度控制精度为±1℃，升温、降温曲线可按甲方工艺分段设定；
P:2. 调功器采用可控硅过零触发，兼容主变压器和漏板大电流母排的原有接口，更换时不改动漏板本体；
P:3. 每台温控柜具备热电偶断偶检测、超温报警和手动/自动无扰切换功能；
P:4. 集中监控软件实时采集36个拉丝位的温度、电流、电压和功率，曲线保存不少于三年，并提供班报、日报和断丝统计报表；
P:5. 切换采用不停产方式，每次切换不超过2个拉丝位，单个拉丝位停机时间不超过6小时。
P:（三）详细技术参数以附件1《技术规格书》为准。
H:二、合同价格
P:（一）合同总价为人民币贰佰叁拾贰万捌仟元整（¥2,328,000），含13%增值税、包装运输、保险、安装调试和培训费用，为固定价格。
P:（二）价格明细：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|漏板温控柜（含调功器、控制器）|36台|42,800|1,540,800
TB:2|铂铑热电偶及补偿导线|72套|3,650|262,800
TB:3|温控集中监控软件（服务器版，永久许可）|1套|186,000|186,000
TB:4|监控服务器及工业交换机|1批|138,400|138,400
TB:|货物及软件小计|||2,128,000
TB:5|安装调试（不停产分批切换）|1项|176,000|176,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:|合计|||2,328,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的25%作为预付款，即¥582,000；
P:（二）全部货物运抵甲方厂区并经甲方签收后，甲方支付合同总价的35%，即¥814,800。到货签收仅确认数量和外观，不代表质量验收；
P:（三）系统验收合格后，甲方支付合同总价的35%，即¥814,800；
P:（四）其余5%即¥116,400作为质量保证金，质保期满且无未处理的质量问题后十个工作日内支付；
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后75日内将全部货物运抵甲方厂区指定地点，并提供装箱单、出厂检验报告和合格证。
P:（二）安装调试在甲方安排的停机窗口内分批进行，乙方应在全部货物到货后45日内完成36个拉丝位的切换。
P:（三）乙方现场人员应遵守甲方安全生产和高温作业管理规定，进入车间须持证上岗。因乙方人员违规造成的人身伤害或财产损失由乙方负责。
H:五、验收
P:（一）每个拉丝位切换完成后连续运行72小时；全部切换完成后系统整体连续运行30日，期满由甲方组织验收。
P:（二）验收标准：1. 漏板温度控制精度达到±1℃，以甲方校准的标准热电偶比对；2. 运行期内温度曲线记录完整，无数据中断；3. 运行期内各拉丝位断丝次数不高于切换前三个月的平均水平；4. 监控软件的报警、曲线、报表功能逐项测试合格；5. 技术资料、合格证、操作规程和备件清单齐全。
P:（三）验收合格的，双方签署验收报告。安装完成、投入生产使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提请验收。
H:六、质量保证与服务响应
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内，乙方免费维修或更换出现质量问题的温控柜、热电偶、服务器及交换机，并免费提供软件修复和升级。
P:（二）故障分级与响应：1. 一级故障（导致拉丝位停产或漏板温度失控）：乙方在接到报修后30分钟内电话或远程响应，2小时内到达现场，8小时内排除；2. 二级故障（单项功能异常，不影响生产）：2小时内响应，24小时内到达现场；3. 三级问题：3个工作日内处理。
P:（三）乙方未按上述时限响应、到场或排除故障的，每超时1小时向甲方支付违约金¥800。因温控系统故障导致漏板损坏的，乙方承担漏板修复费用。
P:（四）乙方应在芜湖本地备有温控柜2台、调功器模块6件及常用备件，保证一级故障的及时处理。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括：每季度一次现场巡检和控温精度校验、故障维修、备件更换（铂铑丝等贵金属材料除外）及监控软件升级。
P:（二）年度维保费按货物及软件小计的16%计取，即每年¥340,480，质保期满后前三年固定不变。维保服务按年签订订单，不自动续期。
P:（三）维保期内的服务响应标准和违约金与本合同第六条相同。
H:八、知识产权
P:（一）乙方保证所供货物和软件不侵犯第三方知识产权。监控软件著作权归乙方所有，甲方享有永久使用权。
P:（二）乙方为甲方定制的PID参数整定方案、监控画面组态文件、报表模板和接口程序归甲方所有，甲方可自行修改和使用。
H:九、数据与信息安全
P:（一）温度曲线、工艺参数、产量和断丝数据等生产数据属于甲方。乙方仅为履行本合同使用，不得复制带离，不得提供给任何第三方。
P:（二）监控系统部署在甲方工控网络，与办公网络物理隔离。乙方远程维护须经甲方逐次审批，通过甲方提供的VPN和堡垒机进行，操作全程记录。
P:（三）乙方发现数据泄露或网络安全事件的，应在2小时内通知甲方并采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:甲方的漏板设计图纸、工艺参数和配方属于甲方商业秘密。乙方及其人员不得向任何第三方披露，保密义务在合同终止后五年内有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
P:（二）货物质量不符合约定的，乙方应负责更换并承担由此产生的费用。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因故意、重大过失或数据泄露造成的损失不受此限。
P:（四）甲方逾期付款的，按中国人民银行公布的同期贷款市场报价利率支付利息。
H:十二、分包
P:未经甲方书面同意，乙方不得将本合同的任何部分分包或转包给第三方。
H:十三、合同解除
P:乙方逾期交货超过45日、验收两次不合格，或有其他严重违约行为经甲方书面通知后十日内仍未纠正的，甲方有权书面解除合同，乙方应退还已付款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1.《技术规格书》；2.供货清单；3.验收方案。
P:甲方（盖章）：皖江玻璃纤维有限公司　　　乙方（盖章）：常州炉控自动化设备有限公司
P:日期：2025年　月　日　　　　　　　　　　日期：2025年　月　日
"""

H135Z03 = """
# 康复预约与会员管理系统SaaS服务合同

合同编号：AGK-IT-2025-031

**甲方**：成都安骨康复医疗管理有限公司（代表其旗下26家康复门诊部）
住所：四川省成都市高新区益州大道中段555号

**乙方**：杭州约康云科技有限公司
住所：浙江省杭州市余杭区文一西路998号

甲方经营连锁康复门诊，现有门店使用的预约与会员系统各自独立、数据分散。甲方经比选，决定采用乙方的“约康”云服务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，订立本合同。

## 1 服务内容

1.1 乙方向甲方提供“约康”康复预约与会员管理SaaS服务，包括：在线预约与排班（治疗师、治疗床位、康复器械）、会员卡与疗程包管理、收银与日结对账、康复评估记录、微信小程序预约端、短信提醒和总部经营分析看板。

1.2 实施服务：门店、治疗项目和治疗师基础数据配置；历史会员、疗程余额和储值余额迁移（约8.6万名会员）；小程序品牌化配置；与甲方财务系统（用友U8）及微信支付的对接开发；门店店长和前台人员培训。

1.3 服务期三年，自服务开通日起计算。服务开通日为本合同第4条约定的上线验收合格之日。

## 2 费用

2.1 本合同总金额为人民币壹佰壹拾贰万贰仟肆佰元整（¥1,122,400），明细如下：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店端订阅 | 26家 × ¥9,800/店/年 | 254,800 | 764,400 |
| 总部管理端及经营分析 | 1套 | 68,000 | 204,000 |
| 实施服务（配置、数据迁移、培训） | 一次性 | — | 96,000 |
| 对接开发（用友U8、微信支付） | 一次性 | — | 58,000 |
| **合计** | | | **1,122,400** |

2.2 订阅费已包含每年28万条短信、数据存储、日常备份和版本升级。

2.3 服务期内甲方新增或关闭门店的，按每店每年¥9,800按月折算增减订阅费。

## 3 付款

3.1 本合同不设预付款。

3.2 实施服务费和对接开发费合计¥154,000，在上线验收合格后20个工作日内一次性支付。

3.3 订阅费按季度结算：每季度结束后20个工作日内，甲方根据乙方提交的服务报告和发票支付当季订阅费¥80,700。当季发生的服务抵扣从当季订阅费中扣减。

## 4 实施与上线验收

4.1 乙方应在合同签订后60日内完成实施工作并提交上线验收申请。

4.2 验收标准：

1. 会员资料、疗程余额、储值余额迁移后逐户核对一致，差异为零；
2. 预约、排班、收银、日结对账、康复评估记录全流程在3家试点门店连续运行14日，未发生一级故障；
3. 小程序在800个并发用户下提交预约的响应时间不超过2秒；
4. 用友U8凭证接口和微信支付对账连续10日结果一致；
5. 操作手册、管理员手册和培训记录齐全。

4.3 验收合格的，双方签署上线验收单。试点门店的使用和甲方支付任何费用，均不视为验收合格。

4.4 因乙方原因未能按期提交上线验收或验收不合格的，每逾期一日，乙方向甲方支付违约金¥800。

## 5 服务水平

5.1 平台月可用率不低于99.95%。计划内维护应安排在0:00至6:00之间并提前3日通知甲方，不计入不可用时间。

5.2 故障分级与响应：

| 级别 | 定义 | 响应时间 | 恢复时间 |
|---|---|---|---|
| 一级 | 全部或多家门店无法预约、收银 | 15分钟 | 2小时 |
| 二级 | 单家门店或单项功能异常 | 1小时 | 8小时 |
| 三级 | 一般咨询和非紧急问题 | 1个工作日 | 5个工作日 |

5.3 服务抵扣：月可用率低于99.95%但不低于99.5%的，抵扣当月订阅费的5%；低于99.5%的，抵扣当月订阅费的10%；一级故障超过2小时未恢复的，每超过1小时另行抵扣¥1,000。

## 6 数据与个人信息

6.1 会员身份信息、预约记录、疗程与消费记录、康复评估记录等甲方数据由甲方所有，乙方为提供本合同服务处理上述数据。

6.2 乙方应将甲方数据存储于中国境内的云计算数据中心，平台应通过网络安全等级保护三级测评；对康复评估等敏感个人信息加密存储，实行最小权限访问和操作日志留存；乙方人员访问甲方数据须经授权并记录。

6.3 乙方发现数据泄露、篡改或丢失的，应在24小时内通知甲方，立即采取补救措施并协助甲方履行告知和报告义务。因乙方原因造成的，乙方承担全部赔偿责任。

6.4 甲方同意，乙方可在服务期内及服务期满后，将甲方数据经去标识化处理后用于康复行业运营分析、产品改进，并向其他客户提供行业对标报告。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出完成后删除。

## 7 知识产权

7.1 “约康”平台及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方开发的用友U8接口程序、微信支付对账程序及其源代码，以及甲方小程序的品牌页面设计，归甲方所有，甲方可自由使用、修改或委托第三方维护。

## 8 保密

双方对在履行本合同过程中获知的对方商业信息、技术资料和经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 9 违约与责任限制

9.1 乙方延误实施和未达服务水平的责任分别按第4.4条和第5.3条执行。

9.2 乙方在本合同项下的累计赔偿责任（含违约金和服务抵扣）不超过甲方在索赔事件发生前六个月内已支付的订阅费总额。

9.3 任何一方均不对对方的间接损失或预期利润损失承担责任。

## 10 分包

乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。平台所使用的云基础设施服务商已在附件中列明，经甲方签署本合同确认。

## 11 期限、续期与终止

11.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，并可依此多次续期；续期年度的订阅费按乙方届时公布的标准价格执行。

11.2 乙方有下列情形之一的，甲方可书面通知解除本合同：连续两个月可用率低于99.5%；因乙方原因发生数据泄露；其他严重违约行为经甲方书面通知后15日内未纠正。

11.3 因乙方原因解除合同的，乙方应赔偿甲方由此产生的迁移费用，并按第6.5条交还数据。

## 12 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。

## 13 其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 功能清单；2. 实施计划；3. 云基础设施服务商说明。

甲方（盖章）：成都安骨康复医疗管理有限公司　　　　乙方（盖章）：杭州约康云科技有限公司

日期：2025年　月　日　　　　　　　　　　　　　　日期：2025年　月　日
"""

H135Z04 = """
江右省图书馆数字资源服务平台运维服务合同

项目名称：江右省图书馆数字资源服务平台2026年度运维服务
采购方式：竞争性磋商
项目编号：JYCG-2025-CS-0188
合同编号：JYTSG-YW-2026-01

甲方（采购人）：江右省图书馆
地址：江右省洪州市赣江北大道88号

乙方（供应商）：洪都书云信息技术有限公司
地址：江右省洪州市高新区火炬大街612号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就江右省图书馆数字资源服务平台的运维服务订立本合同。

第一条 服务范围

（一）运维对象：甲方数字资源服务平台，包括统一检索系统、电子图书与期刊数据库、地方文献特色数据库、读者统一认证系统、移动图书馆、远程访问系统，以及支撑上述系统运行的服务器、存储、数据库和中间件。

（二）服务内容：
1. 驻场运维：乙方派驻2名工程师，工作日8:30至17:30在甲方驻场，周末和法定节假日安排1名工程师轮值；
2. 7×24小时远程监控和应急响应；
3. 元数据维护及加工：全年完成地方文献和特藏资源元数据加工约18万条，并对已有元数据进行纠错和规范化；
4. 安全加固和漏洞修复，配合甲方完成网络安全等级保护测评及整改；
5. 数据备份和容灾演练，每半年至少组织一次容灾切换演练；
6. 年度巡检和性能优化，形成巡检报告和优化方案。

（三）服务期：2026年1月1日至2026年12月31日。

第二条 服务费用

（一）本合同总价为人民币捌拾肆万元整（¥840,000），为固定总价，包含人工、差旅、工具、税费等全部费用。

（二）费用明细：
  序号  服务项目                          金额（元）
  1     驻场运维服务（2人，全服务期）          384,000
  2     7×24小时远程监控及应急响应            126,000
  3     元数据维护及加工（约18万条）          162,000
  4     安全加固、漏洞修复及测评配合          88,000
  5     数据备份及容灾演练                    46,000
  6     年度巡检及性能优化                    34,000
        合计                                  840,000

第三条 付款方式

（一）本合同不设预付款。

（二）服务费按季度支付，每季度¥210,000。甲方在每季度考核完成后20个工作日内，根据考核结果支付当季服务费；第四季度服务费在年度验收合格后支付。

（三）季度考核扣款从当季服务费中直接扣除。乙方应在每次付款前开具合规发票。

第四条 服务水平

（一）平台年可用率不低于99.5%，按月统计；经甲方批准的计划内维护时间不计入不可用时间。

（二）故障分级与处理时限：
1. 一级故障（平台整体不可访问，统一检索或读者认证中断）：15分钟内响应，驻场工程师立即处理，非工作时间1小时内到场，3小时内恢复；
2. 二级故障（单个数据库或单项功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（一般性问题和咨询）：1个工作日内处理完毕。

（三）元数据加工质量：每千条元数据中著录差错不超过2条，加工进度按季度计划完成。

（四）服务扣款：月可用率每低于约定值0.1个百分点，扣除当季服务费的2%；一级故障响应或恢复超时的，每次扣除¥500；驻场人员无故缺勤的，每人每日扣除¥800。

第五条 交接、考核与验收

（一）服务开始前，乙方应在10日内与原运维单位完成交接，包括资产清单、系统账号、配置文档和未结问题，并向甲方提交交接报告，经甲方确认后开始计算服务期内的考核。

（二）季度考核：甲方按附件《运维服务考核表》对可用率、故障处理、巡检、元数据加工质量和报告提交等指标打分，满分100分，80分以上为合格。

（三）年度验收：服务期满后20日内，甲方按以下标准组织验收：1. 全年平均可用率达到本合同约定；2. 元数据加工数量达到约定，甲方随机抽检5%的加工记录，差错率符合第四条第（三）项；3. 完成两次容灾演练，恢复时间符合演练方案；4. 运维日志、巡检报告、优化方案和交接文档齐全。验收合格的，双方签署验收报告。

第六条 数据安全

（一）读者个人信息、借阅和检索记录、平台业务数据及加工形成的元数据归甲方所有。乙方仅为履行运维义务访问上述数据，不得复制、留存或用于其他任何目的。

（二）乙方运维操作须通过甲方堡垒机，采用双因素认证和最小权限原则，操作全程审计；不得使用个人设备存储或导出甲方数据。乙方应遵守《数据安全法》《个人信息保护法》和等级保护三级的管理要求。

（三）乙方发现数据泄露、篡改或系统被入侵的，应在1小时内报告甲方，立即采取处置措施，并配合甲方向主管部门报告。因乙方原因造成的，乙方承担全部责任，包括甲方对读者的赔偿。

第七条 保密

乙方对服务中知悉的甲方网络结构、账号口令、读者信息及其他未公开信息负有保密义务，保密期限至合同终止后五年。乙方应与驻场人员签订保密协议。

第八条 知识产权

乙方在服务期内形成的运维文档、脚本、巡检报告、优化方案及加工完成的元数据，其知识产权归甲方所有。

第九条 违约责任

（一）乙方未按期完成交接，或未按季度计划完成元数据加工任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（二）乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。

（三）甲方逾期付款的，按中国人民银行公布的同期贷款市场报价利率支付利息。

第十条 分包

乙方可将元数据加工中的扫描校对、著录录入等辅助性工作分包给具备相应能力的加工单位，但应在分包前书面告知甲方分包单位名称和工作内容。乙方对分包单位的工作质量和数据安全承担全部责任。

第十一条 合同解除

乙方有下列情形之一的，甲方可书面通知解除本合同：（一）连续两个季度考核不合格；（二）因乙方原因发生数据安全事件；（三）其他严重违约行为经甲方书面催告后十日内仍未纠正。合同解除后，乙方应配合甲方完成运维交接。

第十二条 服务期满

本合同服务期满即终止，不自动续期。甲方后续年度的运维服务按政府采购有关规定另行组织采购，乙方应配合新的运维单位完成交接。

第十三条 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他

本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件：1. 运维服务考核表；2. 元数据加工规范；3. 交接清单。

甲方（盖章）：江右省图书馆            乙方（盖章）：洪都书云信息技术有限公司
授权代表：                            授权代表：
日期：2025年  月  日                  日期：2025年  月  日
"""

H135Z05 = """
仓策WMS软件许可及实施服务合同
（深圳仓策软件有限公司标准合同文本 V4.0）

合同编号：CC-WMS-2025-1147

甲方（客户）：广州焙乐食品配料有限公司
地址：广州市从化区明珠工业园兴业路18号

乙方（服务方）：深圳仓策软件有限公司
地址：深圳市南山区科技南十二路2号

甲方为烘焙原料及配料生产企业，拟在原料仓、成品仓和冷链仓上线仓储管理系统。乙方为仓策WMS软件的著作权人。双方经协商一致，签订本合同。

1. 定义
1.1 “软件”：指乙方享有著作权的仓策WMS V8标准版软件及其文档。
1.2 “定制开发成果”：指乙方根据甲方需求开发的功能模块、接口程序、业务规则配置及相关源代码和文档。
1.3 “上线”：指软件在甲方任一仓库开始处理实际业务单据。

2. 合同标的
2.1 乙方许可甲方在从化原料仓、黄埔成品仓和冷链仓三个仓库使用软件，并发用户数60个，另含36个RF手持终端授权。许可期限为永久。
2.2 定制开发内容：批次与保质期管理（按到期日先出）、过敏原原料隔离库位规则、与金蝶云星空ERP的出入库接口、地磅称重接口、冷链仓温度记录对接。
2.3 乙方负责软件部署、基础数据初始化、上线支持和用户培训。
2.4 甲方负责提供符合乙方配置要求的服务器、网络、RF终端硬件和数据库环境，提供物料、库位、批次和期初库存数据，并对所提供数据的准确性负责。

3. 合同价款
3.1 本合同总价为人民币壹佰零肆万元整（¥1,040,000），明细如下：
  序号  项目                                   金额（元）
  1     仓策WMS V8软件许可（3仓，60并发用户）      420,000
  2     RF手持终端授权（36个 × ¥2,500）             90,000
  3     定制开发                                   356,000
  4     实施及上线支持                             148,000
  5     培训                                        26,000
        合计                                     1,040,000
3.2 上述价格含税。硬件设备、操作系统和数据库许可由甲方自行采购。

4. 付款方式
4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥520,000。
4.2 系统上线后5个工作日内，甲方支付剩余的50%，即¥520,000。
4.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金；逾期超过15日的，乙方有权暂停实施和技术支持，工期相应顺延。

5. 实施与上线
5.1 乙方按双方确认的实施计划推进工作，实施周期约90日。因甲方需求变更、基础数据准备延误或硬件环境不到位造成的延误，工期相应顺延。
5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，按本合同第7条的维护服务处理。
5.3 甲方应指定项目负责人，及时确认需求、提供数据和组织人员参加培训。
5.4 需求变更：甲方在需求确认后提出的变更，由乙方评估工作量和工期影响，按每人天¥2,800另行计费，经双方书面确认后实施。
5.5 培训：乙方提供系统管理员培训2天、仓库操作员培训3天（每个仓库一次），培训教材以电子版交付甲方。

6. 知识产权
6.1 软件的著作权及其他知识产权归乙方所有。
6.2 定制开发成果（含源代码、接口程序和业务规则配置）的知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程，也不得交由第三方维护或二次开发。
6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7. 免费维护与服务响应
7.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持、软件缺陷修复和补丁更新。
7.2 紧急故障（仓库无法收发货）：乙方在接到甲方报修后8小时内响应；一般问题：2个工作日内响应。
7.3 乙方将尽合理努力排除故障，但不承诺修复时限；乙方不因响应或修复时间承担任何扣款、赔偿或违约责任。

8. 年度维护服务
8.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应按乙方当年度公布的维护服务价格标准支付年度维护费。
8.2 年度维护服务由双方另行签订维护服务合同。未签订维护服务合同的，乙方不再提供任何支持。

9. 数据
9.1 甲方的库存、批次、客户和供应商数据存储于甲方服务器。乙方在部署和维护过程中应采取必要的安全措施，访问甲方系统须经甲方授权；发现数据泄露的，应在48小时内通知甲方。因乙方原因造成数据泄露的，乙方依法承担相应的赔偿责任。
9.2 甲方同意，乙方可将甲方业务数据经脱敏处理后用于产品改进、食品行业库存周转基准分析及发布行业报告。

10. 保密
双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

11. 违约责任
11.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的2%。
11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失和数据恢复费用。

12. 合同解除
12.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。
12.2 合同解除时，乙方已完成工作部分对应的费用不予退还。

13. 不可抗力
因地震、台风、疫情、政府行为等不可抗力导致不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

14. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

15. 其他
15.1 本合同为乙方标准文本，甲方确认已仔细阅读全部条款，乙方已就免责和限制责任条款作出提示和说明。
15.2 双方往来通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，发出后三日视为送达。
15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广州焙乐食品配料有限公司      乙方（盖章）：深圳仓策软件有限公司
授权代表：                                  授权代表：
日期：2025年  月  日                        日期：2025年  月  日
"""

H135E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ARN-PLM-2025-044
P:THIS AGREEMENT is made on the ____ day of __________ 2025
P:BETWEEN:
P:(1) ARRANMORE PRODUCT LIFECYCLE SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (registered number 648213), having its registered office at Leabgarrow, Arranmore Island, County Donegal, F94 R2X7, Ireland (the "Licensor"); and
P:(2) DONGGUAN XINGHE TOYS CO., LTD. (东莞星河玩具有限公司), a limited liability company established under the laws of the People's Republic of China, having its registered office at No. 19 Chashan Industrial Road, Chashan Town, Dongguan, Guangdong Province, China (the "Licensee").
P:BACKGROUND
P:(A) The Licensor develops and licenses the product lifecycle management software known as "Arran PLM".
P:(B) The Licensee manufactures toys for export and wishes to use Arran PLM to manage its product data, bills of materials and toy-safety testing.
P:(C) At the Licensee's request, all fees under this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Date" means the date of the Acceptance Certificate; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Configuration Deliverables" means the templates, workflows, reports, migration scripts and ERP integration code prepared for the Licensee; "Licence Fees" means the fees for the Software set out in Schedule 1; "Licensee Data" means all data and drawings processed in the Software for the Licensee; "Software" means Arran PLM (Core, Supplier Portal and Compliance modules) with its Documentation; "Total Fees" means the total of all fees in Schedule 1.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software for 85 named users for its internal business purposes in mainland China.
P:2.2 The Licensee may reassign a named user licence when an employee leaves and may make back-up copies of the Software.
H:Clause 3 Services
P:3.1 The Licensor shall perform the configuration, data migration, ERP integration and training services described in Schedule 2 (the "Services") with reasonable skill, care and diligence and in accordance with the Project Plan.
P:3.2 The Licensor shall achieve Go-Live, meaning that the Software is in productive use for all named users with the Configuration Deliverables installed, within 120 days after the date of this Agreement (the "Milestone Date").
H:Clause 4 Fees and Payment
P:4.1 The fees are set out in the table below. They are fixed, include PRC value added tax and withholding taxes, and cover all travel and expenses of the Licensor.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Arran PLM Core, perpetual named-user licence|85|9,600|816,000
TB:2|Supplier Portal module, perpetual licence (unlimited supplier users)|1|148,000|148,000
TB:3|Compliance module (EN 71, ASTM F963, GB 6675 material declarations), perpetual licence|1|126,000|126,000
TB:|Licence Fees subtotal|||1,090,000
TB:4|Configuration services (BOM templates, workflows, safety test plans)|1|338,000|338,000
TB:5|Data migration (legacy drawings, 2D and 3D files, BOMs)|1|94,000|94,000
TB:6|Integration with the Licensee's ERP system|1|118,000|118,000
TB:7|Training (administrators and key users)|1|32,000|32,000
TB:|Total Fees|||1,672,000
P:4.2 The Licensee shall pay the Total Fees as follows: (a) 20% (CNY 334,400) within 14 days after signature of this Agreement, against the Licensor's invoice; (b) 45% (CNY 752,400) on successful completion of the System Test described in Schedule 3; and (c) 35% (CNY 585,200) within 14 days after the Acceptance Date.
H:Clause 5 Acceptance
P:5.1 After Go-Live the Licensor shall carry out the Acceptance Tests set out in Schedule 3 jointly with the Licensee.
P:5.2 The Software and Configuration Deliverables shall pass the Acceptance Tests only if: (a) the bills of materials of 20 reference toys match the Licensee's master records line by line; (b) a safety-test workflow runs from design freeze to laboratory release for three products; (c) five nominated suppliers have submitted material declarations through the Supplier Portal; (d) at least 10,000 legacy drawings have been migrated and reconciled by checksum; and (e) item and BOM transfers to the ERP system run for three consecutive Business Days without error.
P:5.3 When the tests are passed, the Licensee shall issue an Acceptance Certificate within ten Business Days. Go-Live, productive use of the Software or any payment by the Licensee shall not constitute acceptance. If a test fails, the Licensor shall remedy the failure and repeat the test at its own cost.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that, for a period of ninety (90) days from the Acceptance Date (the "Warranty Period"), the Software and the Configuration Deliverables will perform materially in accordance with the Documentation and Schedule 2. The Licensor shall correct any failure notified during the Warranty Period free of charge.
P:6.2 Save as expressly set out in this Agreement, all conditions, warranties and terms implied by statute or common law, including those implied by the Sale of Goods Acts 1893 and 1980, are excluded to the fullest extent permitted by law.
H:Clause 7 Support Services
P:7.1 After the Warranty Period, the Licensor shall provide Support Services comprising telephone and remote support, error correction, patches and new releases of the Software, for an annual Support Fee equal to 19% of the Licence Fees, being CNY 207,100 per support year. The Support Fee shall remain fixed for the first three support years; any later adjustment shall be agreed in writing and shall not exceed the change in the PRC consumer price index.
P:7.2 Each support year is ordered by the Licensee's purchase order. Support Services do not renew automatically.
P:7.3 During the Warranty Period and any support year, the Licensor shall meet the following service levels: Severity 1 (the Software is unavailable or BOM release is blocked for all users, with no workaround): response within 2 hours and a workaround within 8 hours; Severity 2 (a major function is impaired): response within 6 hours; Severity 3: response within 1 Business Day.
P:7.4 For each Severity 1 incident in which the response or workaround time is missed, the Licensor shall give a service credit of CNY 2,000, increased by CNY 500 for each further hour of delay, to be deducted from the next invoice or paid to the Licensee.
H:Clause 8 Delay
P:8.1 If Go-Live is not achieved by the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to a maximum of 10% of the Total Fees.
P:8.2 The parties agree that such liquidated damages are a genuine pre-estimate of the Licensee's loss and not a penalty.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain vested in the Licensor and its licensors.
P:9.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee upon creation, and the Licensor hereby assigns them to the Licensee. The Licensor shall deliver the source code of the ERP integration and migration scripts at Acceptance. The Licensee may use, modify and license the Configuration Deliverables freely, including to third-party service providers.
H:Clause 10 Licensee Data and Data Protection
P:10.1 Licensee Data is and shall remain the property of the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's documented instructions, and shall not use it for any other purpose.
P:10.2 The Software is hosted on the Licensee's servers in Dongguan. The Licensor may access the Licensee's systems only remotely through the Licensee's VPN, with a named account, after approval of each session by the Licensee's IT manager, and all sessions are logged. The Licensor shall not copy Licensee Data to its own systems or transfer any Licensee Data outside mainland China.
P:10.3 The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law and shall notify the Licensee within 24 hours after becoming aware of any unauthorised access to, or loss of, Licensee Data. The Licensor shall indemnify the Licensee for all losses, fines and claims arising from a breach of this Clause 10.
H:Clause 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including unreleased toy designs, customer licences and prices, and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The total aggregate liability of the Licensor under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Total Fees.
P:12.2 Clause 12.1 does not limit liability for death or personal injury caused by negligence, fraud, or breach of Clause 10 or Clause 11.
H:Clause 13 Subcontracting
P:The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee. The Licensee consents, by signing this Agreement, to the use of Pengcheng PLM Services Co., Ltd., Shenzhen, for on-site configuration work. The Licensor remains responsible for the acts of its subcontractors.
H:Clause 14 Term and Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice, or becomes insolvent, enters examinership or liquidation, or ceases to carry on business.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising from it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:This Agreement, with its Schedules, is the entire agreement between the parties. Any variation must be in writing and signed by both parties.
P:Schedule 1: Fees (Clause 4.1). Schedule 2: Scope of Services and Project Plan. Schedule 3: System Test and Acceptance Tests. Schedule 4: Support contacts and escalation.
P:SIGNED for and on behalf of ARRANMORE PRODUCT LIFECYCLE SYSTEMS LIMITED: ____________________ Director
P:SIGNED for and on behalf of DONGGUAN XINGHE TOYS CO., LTD.: ____________________ Legal Representative
"""

H135E02 = """
# Order Form No. SRS-CN-2025-0117

**Südfall Reservierungssysteme GmbH** – HalligRes Hotel Booking Platform

| | |
|---|---|
| **Vendor** | Südfall Reservierungssysteme GmbH, Hallig Südfall 1, 25845 Nordstrand, Germany; registered with the Local Court (Amtsgericht) Flensburg under HRB 18842 FL; managing directors: Jens Paulsen, Dr. Anke Hansen |
| **Customer** | Huangshan Yunhai Mountain Hotels Group Co., Ltd. (黄山云海山地酒店集团有限公司), Tangkou Town, Huangshan District, Huangshan, Anhui Province, China |
| **Hotels covered** | 7 hotels with 1,160 rooms in total (Appendix 1) |
| **Subscription Term** | 36 months from the Service Start Date |
| **Service Start Date** | The date of the Go-Live Acceptance under § 3 (3) |
| **Currency** | CNY, at the Customer's request |

## Fees

| Item | Fee per contract year (CNY) | Total for 36 months (CNY) |
|---|---|---|
| HalligRes booking engine with PMS interface, 7 hotels | 486,000 | 1,458,000 |
| Channel manager (Ctrip, Meituan, Fliggy, Booking.com) | 72,000 | 216,000 |
| Onboarding (one-time): set-up, rate plans, PMS interface adapter, training | – | 118,000 |
| **Total Contract Value** | | **1,792,000** |

Subscription fees are invoiced quarterly in arrears (CNY 139,500 per quarter). The onboarding fee is invoiced after Go-Live Acceptance. No advance payment is due.

Approved subcontractors: Alibaba Cloud (hosting, Shanghai region) and Hefeng Hotel IT Co., Ltd., Shanghai (on-site onboarding support).

This Order Form and the General Terms and Conditions below together form the contract. Terms defined in the Order Form have the same meaning in the General Terms and Conditions.

---

# General Terms and Conditions for Cloud Services (version 2025-03)

## § 1 Scope

(1) These General Terms and Conditions ("GTC") govern the provision of the HalligRes cloud services by Südfall Reservierungssysteme GmbH ("Vendor") to the customer named in the Order Form ("Customer").

(2) Conflicting or supplementary general terms of the Customer apply only if the Vendor has expressly agreed to them in writing.

## § 2 Subject Matter of the Services

(1) The Vendor provides the Customer, for the Subscription Term, with access via the internet to the HalligRes booking engine, the channel manager and the administration interface, in the current version, as software as a service.

(2) The Vendor configures the platform for the Customer's hotels, develops the interface adapter to the Customer's property management system ("PMS"), migrates future bookings and trains the Customer's reservation staff ("Onboarding").

(3) The Vendor may further develop the services, provided that the agreed functions are not materially reduced.

## § 3 Onboarding and Go-Live Acceptance

(1) The Vendor shall complete the Onboarding so that the platform is ready for Go-Live Acceptance within 75 days after signature of the Order Form.

(2) Go-Live Acceptance requires that the following tests have been passed: (a) test bookings in all rate plans and room types of all 7 hotels are processed correctly, including deposits and cancellations; (b) rate and availability changes are synchronised with all four OTA channels within 60 seconds; (c) bookings are posted to the PMS and reconciled without difference on five consecutive days; (d) 150 concurrent booking requests are confirmed within three seconds each; and (e) staff of every hotel have been trained.

(3) The Customer declares Go-Live Acceptance in writing within five working days after the tests have been passed. Productive use during a pilot at single hotels shall not be deemed acceptance.

(4) If Go-Live Acceptance is delayed for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty (Vertragsstrafe) of 0.08 % of the Total Contract Value for each calendar day of delay, up to a maximum of 5 % of the Total Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.

## § 4 Service Levels

(1) The Vendor ensures an availability of the booking engine of 99.5 % per calendar month at the transfer point of its data centre. Scheduled maintenance announced at least five days in advance, carried out between 01:00 and 05:00 China Standard Time and not exceeding six hours per month, is not counted as downtime.

(2) Incidents are classified and handled as follows: Priority 1 (booking engine or channel synchronisation unavailable for all hotels): response within 30 minutes, restoration within 3 hours; Priority 2 (a single hotel, channel or major function affected): response within 2 hours, restoration within 1 working day; Priority 3 (other faults and questions): response within 1 working day.

(3) If the monthly availability falls below 99.5 %, the Customer receives a service credit of 5 % of the monthly fee; below 99.0 %, 10 %; below 98.0 %, 20 %. For each Priority 1 incident in which the response time is missed, the Customer additionally receives a credit of CNY 1,500. Credits are set off against the next invoice.

## § 5 Fees and Payment

(1) The fees are set out in the Order Form. They include value added tax at the applicable rate.

(2) Invoices are due for payment within 30 days after receipt. The Vendor is not entitled to request advance payments.

## § 6 Term, Renewal and Price Adjustment

(1) The contract begins with signature of the Order Form. The Subscription Term is stated in the Order Form.

(2) After the end of the Subscription Term, the contract is renewed automatically for one further year at a time unless either party terminates it with three months' notice to the end of the Subscription Term or of a renewal year.

(3) The Vendor may adjust the fees with effect from the beginning of any renewal year by written notice given at least two months in advance. The increase shall not exceed 8 % per renewal year.

(4) The right of either party to terminate for good cause (aus wichtigem Grund) remains unaffected. Good cause for the Customer exists in particular if (a) the Vendor commits a material breach and does not remedy it within 20 days after written notice, (b) the monthly availability falls below 99.0 % in two consecutive months, or (c) a data-security incident under § 7 (3) is caused by the Vendor.

## § 7 Customer Data and Data Protection

(1) All booking data, guest data and rate data entered or generated by the Customer ("Customer Data") remain the exclusive property of the Customer. The Vendor processes Customer Data only on the Customer's documented instructions and only to provide the services, and does not use it for any other purpose.

(2) Customer Data is stored and processed exclusively in data centres in mainland China. The Vendor maintains encryption in transit and at rest, role-based access with multi-factor authentication, logging of administrative access and daily back-ups. The platform holds a valid MLPS level 3 filing. The Vendor complies with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.

(3) The Vendor notifies the Customer of any breach of the security of Customer Data without undue delay and in any case within 24 hours, takes all measures to contain it and supports the Customer in notifying authorities and guests. The Vendor is liable for all damage caused by a breach for which it is responsible.

(4) At the end of the contract the Vendor shall hand over all Customer Data in a common format within 30 days and then delete it, and shall confirm the deletion in writing.

## § 8 Rights of Use and Intellectual Property

(1) The Vendor grants the Customer a non-exclusive right, limited to the Subscription Term, to use the platform for the hotels listed in the Order Form. All rights in the platform remain with the Vendor.

(2) The customer-specific configuration, rate-plan templates, booking-page designs and the PMS interface adapter developed for the Customer belong exclusively to the Customer. The Vendor hands over the source code of the adapter at Go-Live Acceptance. The Customer may use, modify and license these results without restriction.

## § 9 Confidentiality

(1) Both parties shall keep secret all confidential information of the other party, in particular prices, occupancy figures and business plans, and use it only for this contract.

(2) This obligation continues for three years after the end of the contract.

## § 10 Subcontractors

(1) The Vendor may use the subcontractors listed in the Order Form, which the Customer approves by signing it.

(2) Any further subcontractor requires the Customer's prior written consent. The Vendor remains responsible for its subcontractors as for its own acts.

## § 11 Liability

(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under mandatory statutory law.

(2) In cases of slight negligence the Vendor is liable only for breach of essential contractual obligations (cardinal obligations) and limited to the typical, foreseeable damage. In these cases the total liability of the Vendor over the entire term of the contract is limited to CNY 600,000.

(3) Liability for loss of profit and indirect damage is excluded in cases of slight negligence.

## § 12 Governing Law and Dispute Resolution

(1) At the Customer's request, this contract is governed by the laws of the People's Republic of China.

(2) All disputes arising from or in connection with this contract shall be finally settled by the Shanghai International Arbitration Centre in accordance with its rules. The seat of arbitration is Shanghai. The language of the proceedings is English.

## § 13 Final Provisions

(1) Amendments and supplements to this contract must be made in writing. This also applies to any waiver of the written-form requirement.

(2) Should any provision of this contract be or become invalid, the validity of the remaining provisions is not affected (severability clause). The parties shall replace the invalid provision by a valid provision that comes as close as possible to its economic purpose.

Appendix 1: List of hotels and room types. Appendix 2: Onboarding plan and test cases.

For the Vendor: ____________________ Nordstrand, date ________
For the Customer: ____________________ Huangshan, date ________
"""

H135E03 = """
T:PADDY MONITORING SYSTEM SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Contract No. PJHD-2025-EQ-019
P:Buyer: Panjin Hedao Rice-Crab Ecological Farming Co., Ltd. (盘锦禾稻稻蟹生态养殖有限公司), Xinxing Village, Dawa District, Panjin, Liaoning Province, China (the "Buyer").
P:Supplier: Tristan Agritech Intégration SARL, Île Tristan, 29100 Douarnenez, France, registered with the Trade and Companies Register of Quimper under number 912 447 305 (the "Supplier").
P:The Buyer farms rice and river crabs together on about 3,200 mu of paddies divided into 46 blocks. The Buyer wishes to measure water level, water temperature, dissolved oxygen and pH in each block and to receive alarms when conditions endanger the crabs. After comparing offers, the Buyer has selected the Supplier. This Contract has been prepared by the Buyer, and the parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, deliver, install, calibrate and commission a paddy monitoring system consisting of the equipment and software listed in Article 2, train the Buyer's staff, provide warranty service and, after the warranty, maintenance service under Article 8.
P:1.2 The system shall cover all 46 blocks. Each block shall have at least five sensor nodes placed according to the layout plan approved by the Buyer, and every sensor node shall be within reliable radio range of at least one gateway.
P:1.3 The farm monitoring platform shall be installed on the Buyer's server in the farm office and shall show readings, trends and alarms on web and mobile clients in Chinese.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,564,000. It is a fixed price and includes delivery to the farm (DDP Panjin), customs duties, PRC value added tax, installation, calibration, commissioning, training and warranty service.
P:2.2 Price breakdown:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Paddy sensor node (water level, temperature, dissolved oxygen, pH)|260|3,180|826,800
TB:2|LoRaWAN gateway with solar power unit|18|14,600|262,800
TB:3|Automatic weather station|6|23,500|141,000
TB:4|Farm monitoring platform, perpetual on-premise licence|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,398,600
TB:5|Installation, calibration and commissioning|1|146,400|146,400
TB:6|Training|1|19,000|19,000
TB:|Contract Price|||1,564,000
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 156,400) as an advance within ten working days after receiving the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 860,200) after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 547,400) within fifteen working days after the Final Acceptance Certificate has been signed.
P:3.4 Each payment requires a valid invoice. All payments are made in CNY to the Supplier's account stated in this Contract.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm by 20 March 2026 and complete installation before the paddies are flooded for transplanting, and in any case by 10 May 2026.
P:4.2 Sensor nodes shall be mounted on posts that do not obstruct machine transplanting or the crab harvest, and cables, if any, shall be protected against rodents and crabs.
H:Article 5 Acceptance
P:5.1 After installation, the system shall run for a trial period of 30 days while the paddies are flooded. At the end of the trial period the Buyer and the Supplier shall carry out the acceptance tests jointly.
P:5.2 The system passes the acceptance tests only if: (a) water-level readings at 20 points chosen by the Buyer are within 1 cm of a staff gauge; (b) dissolved-oxygen readings are within 0.3 mg/L of a calibrated handheld meter at the same points; (c) water-temperature readings are within 0.5 °C of a reference thermometer; (d) on average, fewer than two scheduled readings per sensor node per day were missing during the trial period; (e) low-water and low-oxygen alarms reach the phones of the responsible farm managers within two minutes in a test of every block; (f) the platform produces the daily and weekly reports specified in Annex 2; and (g) the as-built layout, calibration records, manuals and spare-parts list have been handed over.
P:5.3 If the tests are passed, the parties sign the Final Acceptance Certificate. Use of the system by the Buyer during the trial period, or any payment, shall not be deemed acceptance. If the tests are not passed, the Supplier shall correct the defects within ten days and the tests shall be repeated at the Supplier's cost.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace free of charge any equipment that fails or no longer meets the accuracy in Article 5.2, including batteries and solar panels, and shall provide software corrections and updates free of charge.
P:6.2 During the growing season (1 May to 31 October) the Supplier shall replace a failed sensor node or gateway within 72 hours.
H:Article 7 Service Levels
P:7.1 Severity 1 means that the platform is unavailable, or that a gateway or more than 20 sensor nodes are offline, during the growing season. The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote access, be on site within 8 hours if necessary, and restore service within 24 hours.
P:7.2 Severity 2 means any other fault affecting readings or alarms. The Supplier shall respond within 1 working day and restore service within 3 working days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600. The Buyer may deduct such amounts from any payment due to the Supplier.
H:Article 8 Maintenance after the Warranty
P:8.1 For the third, fourth and fifth years after Final Acceptance, the Supplier shall provide maintenance service covering two calibrations of all sensors per growing season, repair and replacement of failed equipment and parts, firmware and software updates, and the service levels of Article 7.
P:8.2 The annual maintenance fee is 7.5% of the Equipment and Licence Subtotal, that is CNY 104,895 per year, fixed for the three years. It is payable at the end of each maintenance year after the Buyer has confirmed the maintenance report.
P:8.3 Each maintenance year is ordered by the Buyer in writing. The maintenance service does not renew automatically.
H:Article 9 Delay
P:9.1 If the Supplier fails to deliver the equipment or to achieve Final Acceptance by the dates in Article 4 and Article 5 for reasons attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 Payment of liquidated damages does not release the Supplier from its obligations. If the delay exceeds 45 days, the Buyer may terminate this Contract under Article 15.
H:Article 10 Intellectual Property
P:10.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the farm monitoring platform and the firmware of the equipment.
P:10.2 The dashboards, alarm rules, block layouts, report templates, integration scripts and calibration records prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, also to other service providers.
H:Article 11 Data Security
P:11.1 All readings, alarms, yields, block locations and other data generated by the system belong to the Buyer. The Supplier may use such data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:11.2 The data are stored on the Buyer's server. The Supplier may access the system remotely only through the Buyer's VPN, after approval of each session by the Buyer, and all access is logged. No data may be transferred outside mainland China. The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:11.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the data and shall take immediate measures. The Supplier is liable for all losses caused by an incident attributable to it.
H:Article 12 Confidentiality
P:The parties shall keep confidential all non-public information received under this Contract, including the Buyer's stocking density, yields, prices and customer information, for five years after the end of this Contract.
H:Article 13 Liability
P:The total liability of each party under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Article 11.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. This applies in particular to the post foundations and any trenching. The Supplier remains fully responsible for approved subcontractors.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under Article 9 exceeds 45 days.
P:15.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for equipment not accepted and compensate the Buyer's losses.
H:Article 16 Force Majeure
P:Floods, typhoons and other events beyond a party's reasonable control excuse delay for their duration, provided the affected party informs the other party within three days and limits the consequences.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang. The award is final and binding.
H:Article 18 Miscellaneous
P:This Contract is made in English in four originals, two for each party. A Chinese translation is for reference only. Annex 1: Layout plan. Annex 2: Platform reports. Annex 3: Calibration procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H135E04 = """
MANAGED IT SERVICES AGREEMENT

between

ULVA MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC712904) and having its registered office at Ulva House, Isle of Ulva, Argyll, PA73 6LZ, Scotland (the "Provider");

and

XI'AN CHANG'AN MUSEUM SHOPS CO., LTD. (西安长安博物馆文创商店有限公司), a company established in the People's Republic of China and having its registered office at No. 66 Yanta South Road, Qujiang New District, Xi'an, Shaanxi Province, China (the "Client").

WHEREAS the Client operates 23 museum and heritage-site shops in Xi'an, together with a central warehouse and a head office, and wishes to outsource the support of its IT estate; and the Provider has agreed to provide managed IT services on the terms of this Agreement; and the Client has requested that all charges be stated in Chinese Renminbi;

NOW THEREFORE the Parties HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day on which banks are open in Xi'an; "Client Data" means all data of the Client or its customers processed by the Provider, including point-of-sale transactions, membership data and staff accounts; "Delivery Affiliate" means Ulva IT Services (Xi'an) Co., Ltd., a wholly-owned subsidiary of the Provider; "Services" means the services described in Clause 3 and the Schedule; "Service Commencement Date" means the date of Transition Acceptance; "Sites" means the shops, warehouse and head office listed in the Schedule; "Total Charges" means the total charges stated in Clause 6.1.

1.2 References to Clauses and the Schedule are to clauses of and the schedule to this Agreement. The Schedule forms part of this Agreement. Headings are for convenience only.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution and, unless terminated earlier, continues for 24 months from the Service Commencement Date.

2.2 The term may be extended only by written agreement of the Parties. This Agreement does not renew automatically.

3. THE SERVICES

3.1 The Provider shall provide the following Services from the Service Commencement Date: (a) a service desk answering in Mandarin and English from 08:00 to 22:00 every day, matching the opening hours of the Sites; (b) desktop, printer and point-of-sale support for all 310 end-user devices at the Sites; (c) management and monitoring of the shop routers, switches and Wi-Fi access points; (d) endpoint security, patching and software distribution; (e) asset management and installs, moves, adds and changes; and (f) monthly service reporting.

3.2 The Provider shall deliver on-site work through engineers of the Delivery Affiliate based in Xi'an and shall keep at least four engineers available on weekdays and two at weekends.

4. TRANSITION

4.1 The Provider shall take over the Services from the Client's incumbent supplier within 45 days after execution of this Agreement in accordance with the transition plan in the Schedule.

4.2 Transition Acceptance shall be given by the Client only when: (a) an asset register of all end-user devices and network equipment has been compiled and reconciled with the Client's records; (b) all Sites are connected to the Provider's monitoring tools; (c) runbooks for every Site have been approved by the Client; (d) the service desk has operated for ten consecutive Business Days meeting the service levels in Clause 5; and (e) the handover from the incumbent supplier has been completed and documented. The Client shall confirm Transition Acceptance in writing within five Business Days after these conditions are met. The start of service desk operation shall not of itself constitute Transition Acceptance.

4.3 If Transition Acceptance is not achieved within 45 days after execution for reasons attributable to the Provider, the Provider shall pay the Client liquidated damages of CNY 900 for each day of delay, up to a maximum of CNY 45,000.

5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels: Priority 1 (a Site is unable to trade because its point-of-sale system or network connection has failed): response within 30 minutes, engineer on site within 3 hours, restoration within 6 hours; Priority 2 (several users or a key function affected at a Site): response within 1 hour, restoration within 1 Business Day; Priority 3 (a single user or device): response within the same Business Day, restoration within 3 Business Days.

5.2 The managed network at each Site shall achieve availability of 99.98% in each calendar month, excluding maintenance agreed in advance with the Client outside shop opening hours.

5.3 If the Provider misses a Priority 1 response or restoration time, the Client shall receive a service credit of 3% of the Monthly Service Charge for each such incident. If network availability at any Site falls below the level in Clause 5.2, the Client shall receive a credit of 5% of the Monthly Service Charge, rising to 10% where availability falls below 99.5%. Service credits in any month shall not exceed 20% of the Monthly Service Charge and are without prejudice to the Client's other rights.

6. CHARGES AND PAYMENT

6.1 The charges are: (a) a Transition Charge of CNY 72,000, payable within 30 days after Transition Acceptance; and (b) a Monthly Service Charge of CNY 58,600 for each of the 24 months, payable monthly in arrears within 30 days after receipt of a valid invoice. The Total Charges are therefore CNY 1,478,400 (CNY 1,406,400 in Monthly Service Charges and CNY 72,000 Transition Charge).

6.2 The charges include PRC value added tax, travel within Xi'an and all tools and licences used by the Provider. No charge is payable in advance.

6.3 Service credits shall be deducted from the next invoice.

7. CLIENT DATA AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall process Client Data only for the purpose of providing the Services and in accordance with the Client's written instructions, and shall not use it for any other purpose.

7.2 The Provider shall store any Client Data only on systems located in mainland China, protect access to the Client's systems by multi-factor authentication and least-privilege accounts, log all administrative access, and comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.

7.3 The Provider shall notify the Client within 24 hours after becoming aware of any breach of security affecting Client Data, shall take all reasonable steps to contain it and shall co-operate with the Client in any notification to authorities or customers. The Provider shall be liable for all losses suffered by the Client as a result of a breach of this Clause 7.

7.4 On expiry or termination the Provider shall return all Client Data to the Client and securely delete any copies, and shall certify the deletion in writing.

8. CONFIDENTIALITY

8.1 Each Party shall treat as confidential all information of the other Party obtained under or in connection with this Agreement, including sales figures, product designs licensed from museums and security information, and shall not disclose it to any third party without prior written consent, except as required by law.

8.2 This Clause 8 survives termination for a period of five years.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains ownership of its pre-existing tools and methods.

9.2 All runbooks, network diagrams, configurations, scripts, asset registers and reports created for the Client under this Agreement shall belong to the Client from their creation. The Client may use, modify and pass them to any successor provider without restriction.

10. PERSONNEL AND SUBCONTRACTING

10.1 The Client approves, by signing this Agreement, the performance of on-site Services by the Delivery Affiliate.

10.2 Save as provided in Clause 10.1, the Provider shall not subcontract any part of the Services without the prior written consent of the Client. The Provider shall remain responsible for the acts and omissions of the Delivery Affiliate and any approved subcontractor as for its own.

11. LIABILITY

11.1 The total liability of the Provider under or in connection with this Agreement, whether arising in contract, delict, breach of statutory duty or otherwise, shall not exceed an amount equal to 150% of the Total Charges.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7 or Clause 8.

11.3 Neither Party shall be liable for indirect or consequential loss.

12. TERMINATION

12.1 The Client may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach which is not remedied within 20 Business Days after written notice requiring it to be remedied, or if Priority 1 service levels are missed in three consecutive months.

12.2 Either Party may terminate this Agreement by written notice if the other Party becomes insolvent, has a receiver or administrator appointed, or ceases to trade.

13. EXIT MANAGEMENT

13.1 On expiry or termination the Provider shall provide reasonable assistance for up to 60 days to transfer the Services to the Client or a successor provider, at the charges in Clause 6 where the Agreement expires and free of charge where it is terminated for the Provider's breach.

14. FORCE MAJEURE

14.1 Neither Party shall be liable for failure or delay caused by events beyond its reasonable control. If such an event continues for more than 60 days, the other Party may terminate this Agreement by written notice.

15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

15.2 The Parties prorogate the exclusive jurisdiction of the Scottish Courts in relation to any dispute arising out of or in connection with this Agreement.

16. GENERAL

16.1 This Agreement constitutes the entire agreement between the Parties. No variation shall be effective unless in writing and signed by both Parties. Notices shall be in writing and delivered to the addresses above.

SCHEDULE: Sites; transition plan; service desk contacts and escalation matrix.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:

Subscribed for and on behalf of ULVA MANAGED SERVICES LIMITED at ____________ on ____________ by ____________, Director, before this witness ____________.

Subscribed for and on behalf of XI'AN CHANG'AN MUSEUM SHOPS CO., LTD. at Xi'an on ____________ by ____________, Legal Representative.
"""

H135E05 = """
# SUBSCRIPTION AND INTEGRATION AGREEMENT
## CristoDocs Export Document API

Agreement No. MTD-2025/CN/031

**BETWEEN**

**Montecristo Trade Documents S.r.l.**, with registered office at Località Cala Maestra, Isola di Montecristo, 57037 Portoferraio (LI), Italy, VAT number IT 02318740497, registered with the Companies Register of the Maremma and Tirreno Chamber of Commerce, REA LI-208114, in the person of its legal representative pro tempore, Ms. Giulia Ferrante (hereinafter the "**Supplier**"),

**AND**

**Fujian Anxi Xiangyun Tea Export Co., Ltd.** (福建安溪香韵茶叶进出口有限公司), with registered office at No. 8 Chayuan Road, Fengcheng Town, Anxi County, Quanzhou, Fujian Province, China, in the person of its legal representative, Mr. Chen Jianhua (hereinafter the "**Customer**"),

(each a "**Party**" and together the "**Parties**").

## PREMISES

(a) The Supplier operates CristoDocs, a cloud service which, through an application programming interface ("**API**"), generates and validates export documents, including commercial invoices, packing lists, certificates of origin and pre-filled phytosanitary and health certificate applications, according to the rules of the destination market.

(b) The Customer exports oolong tea, in particular Tieguanyin, to the European Union, Japan, the Gulf states, Russia and Southeast Asia, and intends to generate its export documents automatically from its ERP system.

(c) At the Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).

(d) The premises form an integral and substantial part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

## Art. 1 (Definitions)

1.1 "**Activation Date**": the date of the Integration Acceptance under Art. 6.4. "**Customer Data**": all data transmitted by the Customer to the API or generated for the Customer, including shipment data, consignee data, product and lot data and the documents generated. "**Shipment Data**": the part of Customer Data describing individual shipments (product, quantity, value, destination, consignee). "**Templates**": the document templates configured for the Customer's destination markets. "**Total Contract Value**": the amount stated in Art. 4.1.

## Art. 2 (Object)

2.1 The Supplier grants the Customer a subscription to the CristoDocs API for the term set out in Art. 3 and undertakes to carry out the integration services described in Annex A.

2.2 The integration services include: a connector between the Customer's ERP system (Yonyou T+) and the API; Templates for 11 destination markets; mapping of the Customer's tea product codes to the customs tariff and to destination-market product descriptions; and training of the Customer's export staff.

2.3 The subscription includes up to 6,000 documents per contract year. Additional documents are charged at CNY 25 per document.

## Art. 3 (Term and tacit renewal)

3.1 The subscription runs for 36 months from the Activation Date.

3.2 On expiry, the subscription is tacitly renewed for successive periods of one year at the same fees and on the same conditions, unless either Party gives notice of non-renewal by certified email (PEC) or registered letter at least 60 days before expiry.

## Art. 4 (Fees)

4.1 The fees are as follows:

| Item | Basis | Amount (CNY) |
|---|---|---|
| API subscription, "Export-6000" tier | CNY 168,000 per contract year × 3 | 504,000 |
| Integration services (ERP connector, 11 market Templates, product mapping) | one-time | 146,000 |
| Training of export staff | one-time | 14,000 |
| **Total Contract Value** | | **664,000** |

4.2 The fees include value added tax and any withholding tax and are fixed for the initial term.

## Art. 5 (Invoicing and payment)

5.1 The integration and training fees (CNY 160,000) are invoiced after the Integration Acceptance.

5.2 The subscription fee is invoiced quarterly in arrears in the amount of CNY 42,000 per quarter, together with any additional documents used in the quarter.

5.3 Invoices are payable by bank transfer within 30 days of receipt. No advance payment is due under this Agreement.

## Art. 6 (Integration and acceptance)

6.1 The Supplier shall complete the integration services within 70 days after signature of this Agreement.

6.2 The Integration Acceptance tests comprise: (a) generation of 200 test documents across all 11 Templates, each validated against the checklist of the destination market in Annex B; (b) no difference between the data in the generated documents and the corresponding ERP records; (c) successful submission of certificate-of-origin applications in the test environment of the competent issuing body; and (d) a parallel run of 10 working days on live shipments without any document rejected by a customs broker or issuing body for reasons attributable to the API or the Templates.

6.3 The Customer shall sign the Integration Acceptance report within five working days after the tests have been passed. The use of the API for live shipments during the parallel run does not constitute acceptance.

6.4 The Integration Acceptance is the date on which the Customer signs the report under Art. 6.3.

6.5 For each calendar day of delay in the Integration Acceptance attributable to the Supplier, the Supplier shall pay a penalty equal to 0.1% of the Total Contract Value, up to a maximum of 10% of the Total Contract Value, without prejudice to compensation for greater damage.

## Art. 7 (Service levels)

7.1 The API shall be available 99.95% of the time in each calendar month, measured at the Supplier's API gateway, excluding maintenance notified at least 72 hours in advance and carried out on Sundays between 00:00 and 06:00 China Standard Time.

7.2 Priority 1 incidents (the API is unavailable, or documents for all destinations are rejected): response within 1 hour, restoration within 6 hours. Priority 2 incidents (a single Template or destination affected): response within 3 hours, restoration within 2 working days. Priority 3: response within 2 working days.

7.3 If monthly availability falls below 99.95%, the Customer is entitled to a credit of 5% of the quarterly subscription fee; below 99.5%, 10%; below 99.0%, 20%. Each missed Priority 1 response time gives rise to a further credit of CNY 1,000. Credits are deducted from the next invoice.

## Art. 8 (Customer Data)

8.1 Customer Data is the property of the Customer. The Supplier processes Customer Data in order to provide the services under this Agreement.

8.2 The Supplier shall store and process Customer Data in data centres located in mainland China, operated by its hosting provider, with encryption in transit and at rest, access limited to named personnel with multi-factor authentication and complete logging. The Supplier holds an ISO/IEC 27001 certification covering the service and complies with the PRC Data Security Law and Personal Information Protection Law.

8.3 In the event of a security incident affecting Customer Data, the Supplier shall notify the Customer within 24 hours, take all necessary measures to limit its effects and bear all damages caused by an incident attributable to it.

8.4 The Customer acknowledges that the Supplier may use Shipment Data in anonymised and aggregated form, including after the end of this Agreement, to compile trade statistics, price indices and market reports offered to third parties and to improve its services.

8.5 Upon termination, the Supplier shall return Customer Data in a structured format within 30 days and then delete it, save for the use permitted under Art. 8.4.

## Art. 9 (Confidentiality)

9.1 Each Party undertakes to keep confidential any information of the other Party that it obtains in the performance of this Agreement, including prices, customer names, volumes and technical documentation, and not to disclose it to third parties without the other Party's written consent. This obligation survives for three years after termination.

## Art. 10 (Intellectual property)

10.1 The CristoDocs platform, the API and the standard document rules remain the exclusive property of the Supplier.

10.2 The Templates configured for the Customer, the product mapping and the ERP connector, including its source code, belong to the Customer, who may use, modify and license them freely, also through third parties.

## Art. 11 (Subcontracting)

11.1 The Supplier may entrust parts of the services, including hosting, on-site integration work and support, to subcontractors and sub-processors of its choice, informing the Customer in writing of their identity. The Supplier remains liable towards the Customer for the work of its subcontractors.

## Art. 12 (Liability)

12.1 The total liability of the Supplier under this Agreement shall not exceed twice the Total Contract Value, except in the case of wilful misconduct or gross negligence and except for breach of Art. 8 and Art. 9.

## Art. 13 (Express termination clause)

13.1 The Customer may terminate this Agreement by written notice, with immediate effect, if the Supplier breaches Art. 8 or Art. 9, or if monthly availability falls below 99.0% in two consecutive months.

13.2 In case of any other material breach, the Customer may give the Supplier written notice to remedy the breach within 20 days; if the breach is not remedied within that time, this Agreement is terminated.

## Art. 14 (Force majeure)

14.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided that it promptly informs the other Party and resumes performance as soon as possible.

## Art. 15 (Governing law and disputes)

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules in force at the time. The award is final and binding on the Parties.

## Art. 16 (Final provisions)

16.1 Any amendment to this Agreement must be made in writing. The annexes form an integral part of this Agreement: Annex A (Integration services), Annex B (Destination-market checklists), Annex C (Support contacts).

Read, confirmed and signed.

Portoferraio / Anxi, ____________

The Supplier ____________________        The Customer ____________________
"""

# .md / .txt files: written as they stand.
TEXTS = {"h135z03_physio_clinic_booking_membership_saas.md": H135Z03,
         "h135z04_provincial_library_digital_platform_om.txt": H135Z04,
         "h135z05_bakery_ingredients_wms_supplier_template.txt": H135Z05,
         "h135e02_mountain_hotel_booking_saas_german_vendor.md": H135E02,
         "h135e04_museum_shops_managed_it_scottish_provider.txt": H135E04,
         "h135e05_tea_exporter_document_api_italian_vendor.md": H135E05}

# .docx / .pdf files: built by ../word_pdf.py.
SOURCES = {"h135z01": H135Z01, "h135z02": H135Z02, "h135e01": H135E01, "h135e03": H135E03}
TARGETS = {"h135z01": ("h135z01_city_management_smart_platform_integration.docx", "docx"),
           "h135z02": ("h135z02_glass_fibre_bushing_temperature_control.pdf", "pdf"),
           "h135e01": ("h135e01_toy_maker_plm_perpetual_licence_irish_vendor.docx", "docx"),
           "h135e03": ("h135e03_rice_crab_farm_paddy_sensors_buyer_paper.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
