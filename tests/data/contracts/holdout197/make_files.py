"""holdout197: writes the ten ordinary draft contracts of this folder.

The .md and .txt contracts are written as they are; the two .docx and the two .pdf are built from the markup below
with ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row). PDFs are broken into lines at word
boundaries (wrap_words=True). Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h197z01 (docx, 第X条 + 1.1)
H197Z01 = """T:江屿市特种设备安全监管平台建设项目合同书
P:项目名称：江屿市特种设备安全监管平台建设项目
P:采购方式：公开招标（招标编号：JYZC-2026-0173）
P:合同编号：JYSJ-TS-2026-011
P:甲方（采购人）：江屿市市场监督管理局
P:乙方（供应商）：江屿智安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设特种设备安全监管平台（以下简称"平台"），覆盖全市电梯、锅炉、压力容器、压力管道、起重机械、大型游乐设施和场（厂）内专用机动车辆等七类特种设备，主要功能包括：设备一码通台账、使用登记、定期检验数据对接、电梯物联网监测与困人应急处置、风险分级预警、移动执法和统计分析驾驶舱。
P:1.2 乙方负责提供平台软件许可、服务器及存储设备、安全设备，完成定制开发、历史台账数据迁移与治理、系统集成、部署上线、培训及质保期内的运维服务。
P:1.3 平台部署于甲方指定的市政务云及市局机房，并与省特种设备安全监管系统、市一网通办平台、市电梯应急处置服务平台（96333）对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾贰万元整（¥3,220,000.00），含税，为固定总价。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|特种设备安全监管平台软件许可（永久许可）|1套|868,000|868,000
TB:2|定制开发（检验数据对接、电梯应急处置、移动执法APP）|1项|1,126,000|1,126,000
TB:3|应用及数据库服务器|6台|78,500|471,000
TB:4|分布式存储|1套|256,000|256,000
TB:5|下一代防火墙及数据库审计|1套|148,000|148,000
TB:6|历史台账数据迁移与治理|1项|186,000|186,000
TB:7|系统集成与部署实施|1项|137,000|137,000
TB:8|培训|1项|28,000|28,000
TB:合计||||3,220,000
P:2.2 上表第1、3、4、5项合计人民币1,743,000元，为本合同的"软硬件小计"。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币805,000元。
P:3.2 平台通过初步验收后10个工作日内，甲方支付合同总价的50%，即人民币1,610,000元。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的25%，即人民币805,000元。
P:3.4 乙方每次请款前应开具等额合法发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后30日内完成设备到货及安装，90日内完成定制开发并具备初步验收条件，120日内完成全部上线工作。
P:4.2 设备到货后由双方共同开箱清点，签署到货签收单。到货签收单仅确认数量和外观，不代表质量验收。
H:第五条 验收
P:5.1 初步验收：乙方完成全部功能开发和系统集成后提出申请，由甲方组织验收。验收标准为：（1）需求规格说明书所列功能全部实现，全部测试用例执行通过，无一级、二级缺陷；（2）500个并发用户下页面平均响应时间不超过3秒；（3）与省特种设备安全监管系统、96333平台的接口数据连续10日核对一致；（4）历史台账迁移数据经逐类抽检比对，未发现差错或差错已全部更正。
P:5.2 初步验收合格后进入三个月试运行期。试运行期内平台无一级故障、月度可用率达到第七条要求的，乙方可申请最终验收。
P:5.3 最终验收由甲方组织专家或委托第三方机构进行，内容包括：试运行报告，网络安全等级保护第三级测评和商用密码应用安全性评估均已通过，全部技术文档和源代码已移交。
P:5.4 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修或更换及第七条规定的运维服务。
P:6.2 质保期满后，如甲方需要，乙方应继续提供年度运维服务，年度服务费不高于软硬件小计的9%（即不高于人民币156,870元/年），该上限在质保期满后三年内保持不变，具体以届时另行签订的运维合同为准。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%。计划内维护须提前3个工作日报甲方同意，不计入不可用时间。
P:7.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用或电梯困人应急处置功能中断|30分钟|2小时|6小时
TB:二级|部分功能不可用或数据对接中断|1小时|8小时|24小时
TB:三级|一般功能缺陷或使用咨询|8小时|2个工作日|5个工作日
P:7.3 乙方每超过上表响应、到场或恢复时限1小时，甲方可从履约保证金或应付款项中扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件（含源代码、接口程序、数据库设计、移动执法APP）及全部技术文档的知识产权归甲方所有。乙方应在最终验收时移交完整源代码和文档，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台基础软件的著作权仍归乙方所有，甲方获得永久、不可撤销的使用许可，使用范围不受用户数限制。
P:8.3 乙方保证所交付的软硬件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储的特种设备台账、检验检测数据、企业信息、个人信息及其衍生数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得以任何形式留存、复制、用于其他目的或向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括访问控制、敏感数据加密存储和传输、操作日志留存不少于六个月，所有运维操作通过甲方堡垒机进行。
P:9.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、监管信息和企业商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付或上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的产品或服务不符合合同约定的，应负责更换、整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包，也不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江屿市市场监督管理局    乙方（盖章）：江屿智安信息技术有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- h197z02 (pdf, 一、/（一）/1.)
H197Z02 = """T:回转窑筒体红外扫描测温系统采购及维保合同
P:合同编号：WNHS-SB-2026-037
P:甲方（买方）：皖南海石水泥有限公司
P:乙方（卖方）：合肥锐视红外测控技术有限公司
P:甲方两条日产5000吨熟料生产线的回转窑需更换筒体红外扫描测温系统。甲乙双方根据《中华人民共和国民法典》，经平等协商，就设备供货、安装调试及维保服务订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应回转窑筒体红外扫描测温系统两套（每条生产线一套）及辅助测温设备，并负责安装、调试、与甲方中控DCS系统对接、培训，以及质保期内和质保期满后的维保服务。
P:（二）供货清单及价格如下：
P:1. 窑筒体红外扫描仪（含扫描头及安装支架）：2台，单价268,000元，小计536,000元；
P:2. 轮带及托轮辅助红外点温仪：12台，单价9,800元，小计117,600元；
P:3. 测温工作站及分析软件许可（永久许可）：2套，单价86,000元，小计172,000元；
P:4. 防护冷却及吹扫套件：2套，单价24,500元，小计49,000元；
P:5. 通讯及配电材料（光纤、工业交换机、UPS等）：1批，63,400元；
P:6. 安装调试及DCS对接：78,000元；
P:7. 操作及维护培训：12,000元。
P:（三）合同总价为人民币壹佰零贰万捌仟元整（¥1,028,000），含13%增值税。其中第1至5项合计938,000元，为本合同的"设备及软件小计"。
H:二、技术要求
P:（一）扫描仪测温范围0℃至600℃，测温精度±2℃或读数的±0.5%（取大值），扫描速度不低于每秒20线，沿窑长方向空间分辨率不大于0.3米。
P:（二）系统应生成窑筒体温度展开图，具备热点报警、红窑预警、窑皮变化趋势分析和耐火砖残厚估算功能，报警信息实时推送至中控室DCS操作站和值班人员手机。
P:（三）防护冷却套件应保证扫描头在环境温度70℃、粉尘较大的窑头窑尾区域长期稳定运行。
P:（四）测温数据本地保存不少于三年，并可按甲方要求导出。
H:三、交货与安装
P:（一）乙方应在合同生效后45日内将全部设备运至甲方厂区指定地点，并在到货后20日内完成安装调试。安装调试须结合甲方停窑检修计划进行，具体时间由双方书面确认。
P:（二）到货时双方共同开箱检验并签署到货签收单。到货签收单仅确认设备型号、数量和外观，不代表甲方对设备质量的验收。
P:（三）乙方负责设备运输、装卸和保险，设备在验收合格前的毁损、灭失风险由乙方承担。
H:四、验收
P:（一）安装调试完成后，系统连续运行72小时，满足下列全部条件的视为验收合格：
P:1. 甲方用经检定的手持测温仪在每条窑筒体上选取不少于20个位置进行比对，测温结果全部符合第二条（一）项的精度要求；
P:2. 温度展开图、热点报警、红窑预警功能演示正常，模拟热点报警在10秒内送达中控室；
P:3. 与DCS系统数据对接正确，72小时内无数据中断或错位；
P:4. 技术资料、软件介质、备件清单和操作手册移交完整。
P:（二）验收合格的，双方签署验收报告。验收不合格的，乙方应在10日内整改并重新组织验收，由此产生的费用由乙方承担。
H:五、付款方式
P:（一）合同生效后7日内，甲方支付合同总价的20%作为预付款，即205,600元；
P:（二）全部设备到货签收后，甲方支付合同总价的50%，即514,000元；
P:（三）验收合格并签署验收报告后，甲方支付合同总价的25%，即257,000元；
P:（四）合同总价的5%即51,400元作为质量保证金，质保期满且无质量问题后无息支付。
P:乙方应在每期付款前开具相应金额的增值税专用发票。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自验收合格之日起计算。质保期内乙方免费维修或更换非人为损坏的设备和部件，免费提供软件升级，并在甲方每次停窑检修时免费进行扫描仪校准。
P:（二）质保期满后，乙方继续为甲方提供维保服务，内容包括每年两次停窑检修期间的扫描仪校准、扫描头及冷却套件保养、软件升级和故障维修。年度维保费为设备及软件小计的18%，即168,840元/年，该价格在质保期满后三年内不变，按年度在每个服务年度结束后支付。
P:（三）故障响应：
P:1. 一级故障（扫描仪停止扫描、测温数据中断或热点报警失效）：乙方在接到甲方通知后8小时内响应，2日内派工程师到达现场；
P:2. 二级故障（单台点温仪故障、软件部分功能异常）：乙方在24小时内响应，5日内处理完毕；
P:3. 乙方到达现场或处理完毕的时间每超过上述时限一日，按每日500元向甲方支付违约金。
P:（四）乙方保证在质保期满后五年内持续供应备品备件，备件价格不高于本合同同类单价。
H:七、知识产权
P:（一）乙方为甲方定制的DCS接口程序、窑体温度展开图组态、报警逻辑配置及相关文档，知识产权归甲方所有。乙方应交付源程序和组态文件，甲方可自行修改和使用。
P:（二）测温分析软件的著作权归乙方所有，甲方享有永久使用许可，可在甲方所属生产线上使用。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的知识产权。
H:八、数据安全
P:（一）系统采集的窑筒体温度、生产运行数据及其分析结果归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）测温系统部署在甲方生产控制网内，与办公网之间通过工业防火墙隔离。乙方远程诊断须逐次经甲方批准，并通过甲方提供的堡垒机进行，不得私自拷贝、留存数据。
P:（三）发生数据泄露、系统被入侵等安全事件时，乙方应在2小时内报告甲方并配合处置；因乙方原因导致的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:乙方对在履约过程中知悉的甲方生产工艺、设备参数、技术资料和经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至本合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
P:（二）设备质量不符合合同约定的，乙方应负责更换并承担由此产生的全部费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之一支付违约金。
H:十一、分包
P:乙方不得转包本合同。安装过程中的脚手架搭设等辅助作业需要分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、合同解除
P:乙方逾期交货超过30日，或设备经两次整改后验收仍不合格，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，高温、高处及动火作业须办理作业票，乙方对其人员的人身安全负责。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。
H:十五、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一：技术规格书；附件二：备件清单。
P:甲方（盖章）：皖南海石水泥有限公司    乙方（盖章）：合肥锐视红外测控技术有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- h197z03 (md, Markdown headings "## N 标题" + N.N)
H197Z03 = """# 口腔连锁门诊预约与电子病历云服务合同

合同编号：RHKQ-IT-2026-009

**甲方（客户）**：成都蓉和口腔医疗管理有限公司
地址：四川省成都市武侯区天府大道北段
联系人：信息部负责人

**乙方（服务商）**：成都齿联云科技有限公司
地址：四川省成都市高新区天府软件园
联系人：客户成功经理

甲方经营口腔连锁门诊36家，拟采用乙方"齿联云"口腔诊所管理SaaS服务，统一管理线上预约、到诊分诊、口腔专科电子病历、影像调阅、收费对账和患者回访。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》及医疗机构病历管理的有关规定，经协商一致，订立本合同。

## 1 服务内容

1.1 乙方通过其云平台向甲方提供以下服务（以下统称"云服务"）：

- 预约管理：微信小程序、公众号及电话预约，医生排班，号源管理，到诊提醒短信；
- 电子病历：口腔专科结构化病历（含牙位图、治疗计划、知情同意书电子签署），病历模板库，病历质控；
- 影像对接：与甲方现有CBCT及口内扫描设备的影像系统对接，实现病历内影像调阅；
- 收费与会员：收费对账、会员储值及套餐管理（不含支付通道服务）；
- 患者回访、满意度调查与经营统计报表。

1.2 乙方负责实施服务，包括36家门诊的系统配置、历史数据迁移（约42万份患者档案及病历）、与甲方财务系统和影像系统的接口开发、培训与上线支持。

1.3 云服务账号数量不限。门诊数量增加的，按第3.1条单价按月折算另行计费。

## 2 服务期限

2.1 云服务期限为三年，自全部门诊上线验收合格之日起计算。

2.2 实施期自合同生效之日起至全部门诊上线验收合格之日止，不超过90日。

## 3 费用及支付

3.1 费用明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 云服务订阅费 | 36家门诊 × 8,400元/家/年 × 3年 | 907,200 |
| 实施费（配置、数据迁移、接口开发、培训） | 一次性 | 126,800 |
| 合计 | | 1,034,000 |

3.2 合同总价为人民币壹佰零叁万肆仟元整（¥1,034,000），含6%增值税。到诊提醒短信超出每年60万条套餐的部分，按附件二单价据实结算，不计入合同总价。

3.3 云服务订阅费按季度后付：每个服务季度结束后15日内，乙方出具服务对账单和发票，甲方在收到发票后15日内支付当季度订阅费75,600元（扣除第5.3条服务补偿后的金额）。

3.4 实施费在全部门诊上线验收合格后30日内一次性支付。

3.5 本合同不设预付款，甲方无须在云服务开通前支付任何款项。

## 4 实施与验收

4.1 乙方应在合同生效后90日内完成全部36家门诊上线。实施分三批进行：第一批6家试点门诊，第二批14家，第三批16家。

4.2 每批门诊上线运行10日后，甲方按下列标准组织验收：
（1）迁移的患者档案、病历、影像索引经抽样比对，与原系统记录一致；
（2）预约、分诊、病历书写、收费、对账全流程已在该批每家门诊完成实际业务验证；
（3）与影像系统、财务系统的接口连续10日数据一致，无丢失；
（4）病历书写、修改留痕及电子签名符合《电子病历应用管理规范（试行）》的要求。

4.3 全部批次验收合格后，双方签署上线验收报告。门诊开始使用系统、甲方支付任何款项均不视为验收合格。

## 5 服务水平

5.1 云服务月度可用率不低于99.95%。计划内维护应安排在每日22:00至次日7:00之间，并提前3日通知甲方，不计入不可用时间。

5.2 故障分级与响应要求：

| 级别 | 定义 | 响应时间 | 恢复时间 |
|---|---|---|---|
| 一级 | 预约或电子病历功能在两家以上门诊不可用 | 15分钟 | 2小时 |
| 二级 | 单家门诊不可用或部分功能异常 | 30分钟 | 8小时 |
| 三级 | 一般问题或使用咨询 | 2小时 | 3个工作日 |

5.3 服务补偿：月度可用率每低于承诺值0.1个百分点，抵扣当季度订阅费的2%；一级故障响应或恢复超时的，每次抵扣人民币1,000元。同一季度的抵扣合计不超过当季度订阅费的一半。

## 6 知识产权

6.1 云平台软件及其升级版本的知识产权归乙方所有。

6.2 乙方为甲方定制的病历模板、知情同意书模板、统计报表、接口程序及相关文档，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

## 7 数据权属与数据安全

7.1 甲方在云服务中产生和存储的患者信息、病历、影像索引、预约及收费数据（以下简称"甲方数据"）归甲方所有。

7.2 乙方有权在去除可直接识别患者身份的信息后，将甲方数据用于乙方产品优化、算法模型训练和口腔行业统计分析，并可在乙方对外发布的行业报告中使用统计分析结果。

7.3 乙方应将甲方数据存储于中华人民共和国境内。云平台应通过网络安全等级保护第三级测评；患者敏感个人信息应加密存储和传输，按最小必要原则设置访问权限，操作日志保存不少于六个月。

7.4 发生数据泄露、篡改、丢失等安全事件的，乙方应在24小时内通知甲方，立即采取补救措施并协助甲方履行报告义务；因乙方原因造成的，乙方承担赔偿责任。

7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，之后删除其保存的甲方数据并出具书面确认，法律法规另有规定的除外。

## 8 保密

8.1 双方对在合作中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意，不得向第三方披露或用于本合同以外的目的。

8.2 保密义务在合同终止后三年内继续有效；涉及患者个人信息的保密义务永久有效。

## 9 违约责任

9.1 乙方未按第4.1条约定期限完成全部门诊上线的，每逾期一日，向甲方支付违约金人民币800元。

9.2 乙方违反第7条约定的，除承担赔偿责任外，甲方有权解除本合同。

9.3 甲方逾期支付服务费超过30日的，乙方可书面催告后暂停新增门诊的开通，但不得中断已上线门诊的服务。

## 10 责任限制

10.1 除因乙方故意或重大过失、违反数据安全及保密义务造成的损失外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。

10.2 任何一方均不对对方的间接损失承担责任。

## 11 分包

11.1 乙方不得将本合同项下的服务转包。

11.2 云基础设施由乙方选用的境内公有云服务商提供，该服务商已列明于附件三。乙方变更云服务商或将实施工作分包给第三方的，应事先取得甲方书面同意。

## 12 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

12.2 合同解除或终止的，乙方应按第7.5条交付甲方数据，并配合甲方向新的服务商迁移。

## 13 续期

13.1 服务期满前30日内任何一方未书面提出不再续期的，本合同自动续期三年，续期次数不限。

13.2 续期时，乙方有权根据市场行情调整云服务订阅费单价，调整幅度不超过上一服务期单价的10%，并应在服务期满前30日书面通知甲方。

## 14 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。

## 15 其他

15.1 附件一：服务功能清单；附件二：短信及增值服务单价；附件三：云基础设施服务商。附件为本合同的组成部分。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都蓉和口腔医疗管理有限公司　　　乙方（盖章）：成都齿联云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------- h197z04 (txt, 第X条 + （一）)
H197Z04 = """青岚县森林防火视频监测平台2026年度运行维护服务合同

项目名称：青岚县森林防火视频监测平台2026年度运行维护服务
采购方式：单一来源采购（采购编号：QLCG-2026-D-008）
合同编号：QLLY-YW-2026-003
甲方（采购人）：青岚县林业局
乙方（供应商）：湘林智眼科技有限公司

青岚县森林防火视频监测平台由乙方于2023年建设完成。为保证平台运行的一致性和服务配套，本项目经财政部门批准采用单一来源方式采购。甲乙双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》及单一来源协商结果，订立本合同。

第一条 服务范围
（一）运维对象：全县86个前端监测点（高山瞭望塔及通信铁塔上的双光谱热成像摄像机、云台、太阳能供电及防雷设施），3条微波传输链路和县级森林防火专网光纤接入，县森林防火指挥中心监测平台（含AI烟火识别、火点定位、GIS一张图、预警推送）及配套的服务器、存储和大屏显示系统。
（二）服务内容：日常远程巡检，前端设备季度现场巡检及防火期前全面检修，故障维修与备品备件更换，平台软件运行维护和版本升级，AI烟火识别模型误报调优，防火期驻场值守，年度运行报告编制。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。2026年10月1日至2027年2月28日为本服务期内的森林防火期，具体以县人民政府发布的防火期为准。

第三条 合同价款
（一）本合同总价为人民币伍拾伍万元整（¥550,000），为固定总价，含税。分项如下：
1. 前端监测点巡检维护：86点×2,680元，计230,480元；
2. 平台软件运行维护及AI模型调优：96,000元；
3. 传输链路维护：74,400元；
4. 备品备件（包干使用）：62,720元；
5. 防火期驻场值守：2人×5个月×8,640元，计86,400元。
（二）备品备件包干费用用于前端设备和链路设备的配件更换，不足部分由乙方承担，结余不退。
（三）合同价款包括人工、交通、备件、工具、税费及高空作业人员保险等全部费用，服务期内不作调整。

第四条 付款方式
（一）合同签订后10个工作日内，甲方支付合同总价的50%作为预付款，即人民币275,000元。
（二）服务期满，经甲方年度考核验收合格后15个工作日内，甲方支付合同总价的50%，即人民币275,000元，并扣减按第六条第（四）项计算的款项。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 服务要求
（一）远程巡检：乙方每日对全部监测点的在线状态、图像质量和平台运行情况进行远程巡检，并形成巡检日志。
（二）现场巡检：乙方每季度对全部前端监测点现场巡检一次，并于2026年9月20日前完成防火期前全面检修，内容包括镜头清洁、云台校正、防雷接地检测、蓄电池及太阳能板检查更换。
（三）防火期驻场：防火期内乙方派2名技术人员驻县森林防火指挥中心，每日8:00至20:00值守，协助值班人员核实预警信息。
（四）AI识别调优：乙方每月根据误报统计对烟火识别模型进行调优，并向甲方提交调优报告。
（五）人员要求：乙方应为本项目配备项目负责人1名及运维工程师不少于5名，其中持有高处作业证的不少于2名；人员变更须提前7日书面告知甲方并经甲方同意。
（六）年度报告：服务期满前15日内，乙方提交年度运行报告，内容包括设备运行情况、故障统计、备件使用、存在问题和下年度建议。

第六条 故障响应
（一）一级故障（监测平台整体中断，或防火期内3个及以上监测点同时离线）：乙方接报后30分钟内响应，防火期内6小时内到达故障现场，24小时内恢复。
（二）二级故障（单个监测点离线或图像异常，平台部分功能异常）：乙方接报后1小时内响应，72小时内修复；防火期内48小时内修复。
（三）三级故障（一般问题或咨询）：乙方在2个工作日内处理完毕。
（四）乙方每超过上述响应或修复时限1小时，甲方在尾款中扣减人民币500元；季度现场巡检每漏检一个监测点，扣减人民币300元。

第七条 考核验收
（一）甲方每季度对乙方的服务进行考核，考核内容包括巡检记录完整性、故障处理时限、防火期前检修完成情况、驻场值守记录和备件使用台账。
（二）服务期满后，甲方依据季度考核结果和下列标准进行年度考核验收：1.全部季度巡检和防火期前全面检修按期完成；2.一级故障均在规定时限内恢复；3.运维文档、配置清单、巡检记录和备件台账完整移交。年度考核验收合格的，甲方出具书面验收意见。

第八条 知识产权
运维过程中形成的运维文档、配置清单、巡检记录、AI识别模型调优参数及调优后的模型文件，知识产权归甲方所有，甲方可自行使用、修改或提供给后续服务单位使用。平台原有软件的著作权仍归乙方，乙方不得以此限制甲方对平台的使用。

第九条 数据安全
（一）监测视频、图像、火情信息、监测点位置等地理信息及平台中的全部数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
（二）乙方运维须在森林防火专网内进行，远程运维须通过甲方指定的安全接入方式并全程记录；乙方运维人员名单须报甲方备案。
（三）发生数据泄露、系统被入侵或篡改等事件时，乙方应立即处置并在2小时内报告甲方；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第十条 保密
乙方对履约中获悉的甲方工作秘密、防火指挥部署、监测点位分布等信息负有保密义务，乙方人员须签署保密承诺书。未经甲方书面同意，乙方不得向任何第三方披露上述信息。保密义务在本合同终止后继续有效。

第十一条 分包
乙方不得转包本合同。铁塔及高空作业、传输光缆抢修等专业工作，乙方可委托具有相应资质的当地单位实施，但应事先书面告知甲方；乙方对受托单位的工作承担全部责任。

第十二条 违约责任
（一）乙方未在2026年9月20日前完成防火期前全面检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方未按约定巡检或维修导致火情漏报、迟报的，乙方应承担相应责任并赔偿甲方损失。
（三）乙方驻场人员擅自离岗的，每人每次扣减人民币200元。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按乙方实际提供的服务据实结算，多付款项由乙方退还。因不可抗力致使合同目的不能实现的，双方均可解除本合同。

第十四条 合同期满
本合同服务期满即行终止，不自动续期。下年度的运维服务由甲方依法另行组织采购。

第十五条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。附件：运维服务清单、前端监测点位表、单一来源协商记录。

甲方（盖章）：青岚县林业局　　　　乙方（盖章）：湘林智眼科技有限公司
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h197z05 (md, supplier's template, "### 第N条" + N.N)
H197Z05 = """# 仓擎WMS仓储管理系统软件许可及实施合同

> 本合同为重庆仓擎软件科技有限公司标准合同文本（文本编号：CQ-WMS-HT-V4.0）。格式条款修改须经乙方法务部书面确认。

合同编号：CQ-2026-WMS-0412

甲方：重庆涪陵鑫泽食品有限公司
地址：重庆市涪陵区江东街道

乙方：重庆仓擎软件科技有限公司
地址：重庆市渝北区仙桃数据谷

甲方为榨菜及酱腌菜生产企业，拟采用乙方仓储管理系统对原料腌制池、半成品库、成品库和冷库进行信息化管理。双方经友好协商，就软件许可、定制开发及实施事宜达成如下协议。

### 第1条 合同标的

1.1 乙方向甲方许可使用"仓擎WMS仓储管理系统V4.0"（以下简称"软件产品"），并根据甲方需求进行定制开发和实施。

1.2 定制开发内容：
- 腌制池/发酵池库位管理（池号、入池批次、盐度和腌制周期记录，出池提醒）；
- 青菜头原料入池至成品出库的全程批次追溯；
- 与甲方金蝶云星空ERP的物料、采购、销售出库接口；
- 冷库温湿度监控系统对接；
- PDA扫码作业（含30个PDA端授权）。

1.3 实施内容：系统安装部署、基础数据初始化、业务流程配置、用户培训和上线支持。

1.4 甲方负责提供满足软件运行要求的服务器、数据库、网络环境及PDA终端，并承担相应费用。

### 第2条 合同价款

2.1 合同价款明细：

| 项目 | 金额（元） |
|---|---|
| 软件产品许可费（永久许可，含30个PDA端授权） | 520,000 |
| 定制开发费 | 236,000 |
| 实施及培训费 | 104,000 |
| 合计 | 860,000 |

2.2 合同总价为人民币捌拾陆万元整（¥860,000），含税。上述价格不含甲方自行采购的PDA终端、服务器、网络设备及第三方数据库授权。

### 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币430,000元。

3.2 系统上线后7个工作日内，甲方向乙方支付合同总价的50%，即人民币430,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持，工期相应顺延。

### 第4条 交付与上线

4.1 乙方在收到首期款后开始实施，计划自收到首期款之日起75日内上线。因甲方需求变更、数据准备不及时、现场条件不具备等非乙方原因造成延误的，工期相应顺延。

4.2 本合同所称"上线"，指软件产品及定制功能已部署在甲方服务器上，并可进行出入库作业。

4.3 甲方应指定项目负责人，及时提供基础数据、确认需求和配合测试。甲方在实施过程中提出需求变更的，应另行签订变更确认单，费用按乙方标准人天单价计算。

4.4 乙方在上线前对甲方关键用户进行不少于两次的操作培训，并提供用户操作手册电子版。

### 第5条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后使用系统进行业务操作的，视为甲方对全部交付成果的确认。甲方对交付成果有异议的，应在上线后3日内书面提出，逾期未提出的视为无异议。

### 第6条 免费维护

6.1 乙方自系统上线之日起向甲方提供六个月的免费维护服务（以下简称"免费维护期"），内容包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法进行出入库作业）乙方在接到甲方通知后12小时内响应；二级故障（部分功能异常）在2个工作日内响应；三级问题（使用咨询）在5个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时间超出上述时限承担任何扣款、赔偿或违约责任。

6.4 因甲方操作不当、擅自修改、硬件或网络故障等原因导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 免费维护期内，乙方通过电话、即时通讯和远程协助方式提供技术支持，服务时间为工作日9:00至17:30。

### 第7条 有偿维护

7.1 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件产品许可费的28%，即人民币145,600元/年。

7.2 年度维护内容包括软件缺陷修复、版本升级、远程技术支持和每年一次现场巡检。

7.3 年度维护费应在每个维护年度开始前一次性支付。

7.4 甲方未签订年度维护协议的，乙方不再提供任何技术支持和版本升级服务；甲方此后重新申请维护的，应补缴中断期间的维护费。

### 第8条 知识产权

8.1 软件产品及乙方为履行本合同开发的全部定制功能、接口程序、源代码、数据库设计和技术文档的知识产权，均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件产品和定制成果进行修改、反向工程，或许可、提供给任何第三方使用。

### 第9条 数据

9.1 甲方业务数据的所有权归甲方。

9.2 甲方同意，乙方有权对甲方的库存、出入库、批次等业务数据进行脱敏处理后，将其用于乙方产品改进、算法训练及行业数据分析。

9.3 乙方在实施和维护过程中应采取必要的安全措施保护甲方数据，包括账号权限管理、远程访问须经甲方开通、不在乙方设备上留存甲方数据。发生数据泄露的，乙方应在发现后24小时内通知甲方；因乙方过错导致数据泄露的，乙方承担相应的赔偿责任。

### 第10条 保密

10.1 双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条约定的保密义务在合同终止后两年内继续有效。

### 第11条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的2%。

11.2 任何一方均不对对方的间接损失、预期利润损失承担责任。

### 第12条 合同解除

12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已完成的工作成果，甲方应按合同价款比例结算。

### 第13条 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力致使本合同不能履行的，受影响的一方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。

### 第14条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

### 第15条 其他

15.1 本合同附件包括：需求说明书、报价单。附件与本合同正文不一致的，以本合同正文为准。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：重庆涪陵鑫泽食品有限公司　　　乙方（盖章）：重庆仓擎软件科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------- h197e01 (docx, "Clause N" + N.N, Irish style)
H197E01 = """T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is made on the ____ day of ______________ 2026
P:BETWEEN:
P:(1) INISHNEE RELIEF SOFTWARE LIMITED, incorporated in Ireland (company number 648213), of The Old Schoolhouse, Inishnee, Roundstone, County Galway, Ireland (the "Licensor"); and
P:(2) DONGYANG JINXIU WOODCARVING CRAFTS CO., LTD. (东阳锦绣木雕工艺有限公司), a company established in the People's Republic of China, of Nanshi Street, Dongyang, Zhejiang Province (the "Licensee").
P:WHEREAS:
P:(A) The Licensor develops and licenses ReliefWright, computer-aided manufacturing software for relief and in-the-round carving on CNC routers.
P:(B) The Licensee operates a woodcarving workshop in Dongyang with nine CNC routers and wishes to acquire perpetual licences of ReliefWright with configuration, model conversion, training and support.
P:(C) At the request of the Licensee, all amounts under this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Custom Deliverables" means the post-processors, tool libraries, relief templates, converted models and documentation prepared by the Licensor for the Licensee; "Licensed Software" means ReliefWright version 9 and its five-axis module in object code, with updates supplied under this Agreement; and "Licensee Data" means the Licensee's designs, drawings, 3D scans, relief models and production records.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:Clause 2 Grant of Licence
P:2.1 Subject to payment of the Licence Fees, the Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to use the Licensed Software on six named workstations, and the five-axis module on two of them, for the Licensee's own business.
P:2.2 The Licensee may make one back-up copy and may move a licence between workstations on notice to the Licensor. The licence survives the end of support and any termination of this Agreement, other than termination by the Licensor for non-payment of the Licence Fees.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 700,000 (seven hundred thousand Renminbi), fixed for the duration of this Agreement, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ReliefWright perpetual seat licence|6|68,000|408,000
TB:2|Five-axis module, perpetual licence|2|46,500|93,000
TB:3|Configuration of post-processors, tool libraries and relief templates for nine CNC routers|1|126,000|126,000
TB:4|Conversion of 1,200 legacy relief models|1|39,000|39,000
TB:5|On-site training in Dongyang (five days, two trainers)|1|34,000|34,000
TB:|Total Contract Price|||700,000
P:3.2 Items 1 and 2 together (CNY 501,000) are the "Licence Fees". The Contract Price includes travel and subsistence of the Licensor's personnel.
H:Clause 4 Payment
P:4.1 The Contract Price shall be paid in three instalments: (a) 20% (CNY 140,000) within fifteen Business Days after signature; (b) 45% (CNY 315,000) within fifteen Business Days after installation and completion of the configuration and model conversion; and (c) 35% (CNY 245,000) within fifteen Business Days after the Acceptance Certificate.
P:4.2 Payment of the instalment under Clause 4.1(b) does not constitute acceptance of the Licensed Software or of the Custom Deliverables.
P:4.3 The Licensee may deduct any withholding tax required by PRC law and shall furnish the official tax receipts.
H:Clause 5 Delivery and Configuration
P:5.1 The Licensor shall complete installation, configuration and the conversion of the legacy models within seventy days after signature (the "Completion Date").
P:5.2 The Configuration Services comprise post-processors for the Licensee's nine CNC routers (seven three-axis and two five-axis machines), tool libraries for its cutters and thirty relief templates in the Dongyang style agreed with its master carvers.
P:5.3 If the Licensor fails to meet the Completion Date for reasons not attributable to the Licensee, it shall pay to the Licensee liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this is a genuine pre-estimate of loss.
H:Clause 6 Acceptance
P:6.1 Within ten Business Days after completion, the parties shall carry out acceptance tests at the Licensee's premises according to Schedule 2.
P:6.2 The acceptance criteria are: (a) toolpaths from each post-processor run on the relevant machine without collision or alarm; (b) three test panels carved on each machine match the model within ±0.1 mm; (c) sixty converted models chosen by the Licensee open and machine correctly; (d) the software runs on all six workstations without a Severity 1 fault for twenty consecutive Business Days; and (e) the documentation has been delivered.
P:6.3 If any criterion is not met, the Licensor shall correct the defect and repeat the tests within ten Business Days at its own cost. When all criteria are met the Licensee shall issue an Acceptance Certificate. Installation, use of the Licensed Software in production or payment of any instalment shall not be deemed to be acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for eighteen months from the date of the Acceptance Certificate (the "Warranty Period") the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation.
P:7.2 During the Warranty Period the Licensor shall correct defects and provide all updates, new versions and the support in Clause 8 free of charge.
H:Clause 8 Support Services
P:8.1 Support is provided by telephone, e-mail and remote session, in Chinese and English.
P:8.2 Faults shall be classified and responded to as follows: Severity 1 (the software cannot be started, or no post-processor can output toolpaths): response within two hours, workaround within one Business Day; Severity 2 (one machine or module unusable): response within eight business hours; Severity 3 (other faults): response within two Business Days.
P:8.3 For each hour by which a Severity 1 response time is exceeded the Licensor shall credit the Licensee CNY 1,000, and for each Business Day by which the Severity 1 workaround time is exceeded CNY 2,000, by deduction from the next amount payable or by payment.
P:8.4 After the Warranty Period the Licensee may purchase annual support, including all updates, at 11% of the Licence Fees, that is CNY 55,110 per year, fixed for three years and thereafter increased by no more than 3% a year. Support is ordered by purchase order each year and does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Licensed Software and all intellectual property rights in it remain the property of the Licensor and its licensors.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Licensee on creation, and the Licensor hereby assigns them to it. The Licensee may use, modify, copy and license them freely.
P:9.3 Designs and carving patterns supplied by the Licensee, and models converted from them, are the Licensee's property. The Licensor shall indemnify the Licensee against third-party infringement claims.
H:Clause 10 Licensee Data and Security
P:10.1 Licensee Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and shall not use it for any other purpose, including product development.
P:10.2 Remote sessions require the Licensee's approval for each session and are recorded. The Licensor shall not copy Licensee Data out of the Licensee's systems or out of China without the Licensee's written consent.
P:10.3 The Licensor shall maintain appropriate security measures, including access control, encryption of any Licensee Data it holds and screening of its personnel, and shall comply with PRC data protection laws.
P:10.4 The Licensor shall notify the Licensee within twenty-four hours after becoming aware of any unauthorised access to, or loss or disclosure of, Licensee Data, and shall be liable for losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party received under this Agreement, including the Licensee's designs and customer lists and the Licensor's source code and pricing, and shall not disclose it to any third party without prior written consent, for five years after the end of this Agreement.
H:Clause 12 Limitation of Liability
P:12.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:12.2 The Licensor's total aggregate liability under or in connection with this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to death or personal injury caused by negligence, fraud, breach of Clause 10 or 11, or the infringement indemnity.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other's consent.
H:Clause 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly.
H:Clause 15 Term and Termination
P:15.1 This Agreement continues until the end of the Warranty Period and of any support purchased under Clause 8.4.
P:15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice requiring it to do so, or becomes insolvent.
P:15.3 On termination by the Licensee before acceptance, the Licensor shall refund all amounts paid.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement is the entire agreement between the parties. It is executed in English and Chinese; in case of conflict the English version prevails.
P:IN WITNESS whereof the parties have executed this Agreement on the date first above written.
P:SIGNED for the Licensor: ____________________    SIGNED for the Licensee: ____________________
P:Schedule 1: Part A Licensed Software; Part B Configuration Services; Part C Documentation. Schedule 2: Acceptance Test Plan.
"""

# ---------------------------------------------------------------- h197e02 (pdf, Order Form + "Art. N (title)" with (1), Swiss-French)
H197E02 = """T:Order Form No. BSP-2026-0419 – Ticketing Platform Subscription
P:Supplier: Billetterie Saint-Pierre SA, Île de Saint-Pierre, Lake Biel (Lac de Bienne), Canton of Bern, Switzerland, entered in the commercial register of the Canton of Bern under UID CHE-312.448.905 (the "Supplier").
P:Customer: Zhangjiajie Yunxia Glass Bridge Scenic Area Operation Co., Ltd. (张家界云霞玻璃桥景区运营有限公司), Wulingyuan District, Zhangjiajie, Hunan Province, People's Republic of China (the "Customer").
P:This Order Form and the General Terms and Conditions below (together the "Contract") govern the Customer's subscription to the Supplier's ticketing platform. The Order Form prevails in case of contradiction.
H:1. Subscribed services
P:Ticket sales for the glass bridge and the canyon trail; timed-entry slots with capacity control; real-name verification of each visitor; integration of the 28 turnstile lanes; sales through the ticket office, a WeChat mini-program and two online travel agencies; daily settlement and reporting.
H:2. Initial Term
P:The subscription runs for an Initial Term of thirty-six (36) months from the date of Go-Live Acceptance. The Contract ends at the expiry of the Initial Term; any further subscription requires a new Order Form signed by both parties.
H:3. Fees
P:At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY), inclusive of Chinese VAT.
TB:Item|Charge|Amount (CNY)
TB:Platform subscription (ticketing, timed entry, real-name verification, 28 turnstile lanes, reporting)|36 months × CNY 31,800|1,144,800
TB:Set-up: turnstile integration, payment channel and travel-agency interfaces, configuration|one-time|168,000
TB:Training and go-live support on site|one-time|27,200
TB:Total Contract Value (fixed charges)||1,340,000
P:SMS notifications and the fees of payment channels are passed through at cost and are not part of the Total Contract Value.
H:4. Invoicing and payment
P:The set-up and training charges are invoiced after Go-Live Acceptance. The monthly subscription fee is invoiced at the end of each calendar month for that month. Invoices are payable within thirty (30) days. No amount is invoiced or payable before Go-Live Acceptance.
H:5. Go-Live
P:Target Go-Live Date: sixty (60) days after signature of this Order Form, and in any event before 25 April 2026 so that the platform is in service for the May Day holiday.
H:6. Special conditions
P:Service levels and service credits: Annex 2 and Art. 7. Approved subcontractors: Annex 3.
P:Place and date: ______________  For the Supplier: ______________  For the Customer: ______________
H:General Terms and Conditions of Billetterie Saint-Pierre SA (edition 2026, English version)
H:Art. 1 (Object)
P:(1) These General Terms and Conditions govern the provision of the Supplier's ticketing platform as a hosted service (the "Services") under an Order Form.
P:(2) The Customer's own general terms of purchase do not apply, even if referred to in an order or purchase document.
H:Art. 2 (Definitions)
P:(1) "Platform": the Supplier's ticketing software provided as a service. "Customer Data": all data entered into or generated by the Platform for the Customer, in particular visitor names, identity document numbers, ticket and entry data. "Monthly Fee": the monthly subscription fee in the Order Form.
H:Art. 3 (Set-up)
P:(1) The Supplier configures the Platform according to the Customer's ticket types, prices, slots and capacities, integrates the turnstiles and connects the payment channels and travel agencies listed in the Order Form.
P:(2) The Customer provides the necessary information, network connections at the gates and access to its premises in good time.
P:(3) If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier owes the Customer a contractual penalty of CNY 1,000 for each calendar day of delay, up to a maximum of CNY 60,000.
H:Art. 4 (Training)
P:(1) The Supplier trains the ticket-office and gate staff on site and provides manuals in Chinese.
H:Art. 5 (Go-Live Acceptance)
P:(1) Before going live the parties carry out an acceptance test according to the test plan in Annex 1.
P:(2) Go-Live Acceptance is given when: (a) two thousand test tickets have been sold and redeemed through all channels without error; (b) every test visitor has been verified against his or her identity document at the turnstile and the lane has opened within two seconds; (c) the capacity limit of each timed-entry slot has been enforced across all channels; (d) the daily settlement has been reconciled with the payment channels without difference on three consecutive days; and (e) a load test of six thousand ticket sales per hour has been passed.
P:(3) The Customer confirms Go-Live Acceptance in writing within five working days after the criteria are met. Use of the Platform for sales to the public before that confirmation does not constitute acceptance.
H:Art. 6 (Fees and payment)
P:(1) The fees are set out in the Order Form and are fixed for the Initial Term.
H:Art. 7 (Service levels)
P:(1) The Supplier makes the Platform available 99.5% of the time in each calendar month, measured at the Supplier's internet access point, excluding scheduled maintenance announced at least five days in advance and carried out between 00:30 and 05:30 Beijing time.
P:(2) Incidents are classified by the Customer. Priority 1 (ticket sales or turnstile validation impossible at the attraction): response within thirty minutes, 24 hours a day, and restoration target of three hours. Priority 2 (one sales channel or part of the turnstiles unavailable): response within two hours and restoration target of one working day. Priority 3 (other incidents): response within one working day.
P:(3) If the monthly availability falls below the level in paragraph (1), the Customer receives a service credit of 5% of the Monthly Fee; below 99.0% 10%; below 98.0% 20%. For each started half hour by which the Priority 1 response time is exceeded, the Customer receives a service credit of CNY 800.
P:(4) Service credits are deducted from the next invoice.
H:Art. 8 (Confidentiality)
P:(1) Each party keeps confidential all information of the other party that is not publicly known, in particular visitor numbers, prices, contract terms and technical documentation, and uses it only for the performance of the Contract.
P:(2) This obligation continues for three years after the end of the Contract.
H:Art. 9 (Data protection and data security)
P:(1) Customer Data belongs to the Customer. The Supplier processes Customer Data only on behalf of the Customer and only to provide the Services; it does not use Customer Data for any other purpose.
P:(2) Customer Data is stored and processed exclusively in a cloud region in mainland China operated by the hosting provider listed in Annex 3. It is not transferred abroad; the Supplier's staff in Switzerland have no access to personal data.
P:(3) The Platform has been filed and assessed at level 3 of the Multi-Level Protection Scheme. The Supplier encrypts identity document numbers, restricts access on a need-to-know basis with two-factor authentication and keeps access logs for at least six months.
P:(4) The Supplier informs the Customer of any security incident affecting Customer Data within 24 hours, takes all reasonable measures to contain it and supports the Customer's notifications to the authorities. The Supplier is liable for damage caused by a breach of this Art. 9.
P:(5) At the end of the Contract the Supplier returns the Customer Data in a common format within thirty days and then deletes it.
H:Art. 10 (Intellectual property)
P:(1) The Platform and all rights in it remain with the Supplier. The Customer receives a non-exclusive right to use the Platform for the duration of the Contract.
P:(2) The configuration specific to the Customer, the ticket and voucher designs, the reports created for the Customer and the interface scripts written for the Customer's turnstiles belong to the Customer, who may use, modify and disclose them, including to a successor supplier.
H:Art. 11 (Subcontractors)
P:(1) The Supplier may use subcontractors only with the prior written consent of the Customer. The hosting provider and the local service partner listed in Annex 3 are approved by signature of the Order Form.
P:(2) The Supplier remains responsible for its subcontractors as for its own acts.
H:Art. 12 (Liability)
P:(1) The Supplier is liable for damage caused by the Services only if it is at fault.
P:(2) The Supplier's total liability under the Contract is limited to the subscription fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.
P:(3) The limitation in paragraph (2) does not apply to damage caused intentionally or by gross negligence, to personal injury, or to breach of Art. 9.
P:(4) Liability for indirect damage and lost profit is excluded to the extent permitted by law.
H:Art. 13 (Force majeure)
P:(1) Neither party is liable for failure to perform caused by events beyond its control for the duration of the event.
H:Art. 14 (Duration and termination)
P:(1) The Contract is concluded for the Initial Term stated in the Order Form. It cannot be terminated early by the Customer, and the Customer waives any right to withdraw from or rescind the Contract for delay or defective performance; its remedies for service failures are the service credits under Art. 7 and damages within the limits of Art. 12.
P:(2) The Supplier may terminate the Contract with thirty days' written notice if undisputed invoices remain unpaid ninety days after their due date.
P:(3) Either party may terminate the Contract with immediate effect if bankruptcy proceedings are opened against the other party.
H:Art. 15 (Written form)
P:(1) Amendments to the Contract are valid only in writing and signed by both parties.
H:Art. 16 (Applicable law and place of jurisdiction)
P:(1) By derogation from the Supplier's usual practice and at the Customer's request, the Contract is governed by the law of the People's Republic of China.
P:(2) Any dispute arising from the Contract shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
P:Annex 1: Test plan and channel list. Annex 2: Service levels and reporting. Annex 3: Approved subcontractors (hosting provider in mainland China; local service partner in Zhangjiajie).
"""

# ---------------------------------------------------------------- h197e03 (md, "## Article N – Title" + N.N, buyer's paper)
H197E03 = """# Supply, Installation and Maintenance Contract – Dissolved-Oxygen Monitoring System

**Contract No.** HYHD-PUR-2026-017

**Buyer:** Dalian Haiyun Sea Urchin Aquaculture Co., Ltd. (大连海韵海胆养殖有限公司), Tieshan Street, Lüshunkou District, Dalian, Liaoning Province, People's Republic of China (the "Buyer")

**Supplier:** Richel Aquasense B.V., a private limited liability company under Dutch law, with its registered office on Richel, municipality of Vlieland, the Netherlands, Chamber of Commerce number 81427736 (the "Supplier")

This Contract is made on the Buyer's standard terms for equipment purchases. The Supplier's technical proposal of 12 January 2026 is attached as Annex 1; where it conflicts with these terms, these terms prevail. At the Buyer's request all prices are in Chinese Renminbi (CNY).

## Article 1 – Definitions

1.1 "System" means the dissolved-oxygen ("DO") monitoring and alarm system described in Article 2 and Annex 1, including hardware, the Monitoring Software and documentation.

1.2 "Monitoring Software" means the Supplier's AquaSense Monitor software, licensed to the Buyer under Article 10.

1.3 "Buyer Data" means all measurements, alarms, configurations, stocking and production records and other data generated by or entered into the System.

1.4 "Final Acceptance" means the acceptance under Article 6.3.

## Article 2 – Scope of Supply

2.1 The Supplier shall supply, install and commission a DO monitoring system for the Buyer's land-based nursery (48 tanks) and its sea-ranching area (16 raft and cage blocks) near Tieshan, consisting of: 64 optical DO sensors with temperature compensation; 16 solar-powered buoy data loggers with 4G and LoRa communication; one shore gateway and server; the Monitoring Software; and 16 interface kits that switch the aerators of the nursery and of the feeding rafts on low-oxygen alarms.

2.2 The Supplier shall also provide training, documentation in Chinese and English, and the maintenance services in Articles 8 and 9.

## Article 3 – Contract Price

3.1 The Contract Price is CNY 1,180,000, fixed, including VAT, transport to the site, insurance, installation and all other costs, broken down as follows:

| No. | Item | Qty | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | Optical DO sensor with cleaning wiper | 64 | 7,850 | 502,400 |
| 2 | Buoy data logger, solar, 4G/LoRa | 16 | 18,600 | 297,600 |
| 3 | Shore gateway and server | 1 | 86,000 | 86,000 |
| 4 | AquaSense Monitor licence, perpetual, 5 users | 1 | 118,000 | 118,000 |
| 5 | Aerator interface kit | 16 | 4,250 | 68,000 |
| 6 | Installation, mooring and commissioning | 1 | 94,000 | 94,000 |
| 7 | Training | 1 | 14,000 | 14,000 |
| | **Total** | | | **1,180,000** |

3.2 Items 1 to 5 together (CNY 1,072,000) are the "Equipment and Licence Subtotal".

## Article 4 – Payment

4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 118,000) as an advance within ten working days after signature, against a bank guarantee of the same amount; (b) 55% (CNY 649,000) within fifteen working days after the Installation Certificate under Article 5.3; and (c) 35% (CNY 413,000) within fifteen working days after Final Acceptance.

4.2 The Installation Certificate and the payment under 4.1(b) do not constitute acceptance of the System.

4.3 The Supplier shall issue a valid invoice before each payment.

## Article 5 – Delivery and Installation

5.1 The Supplier shall deliver the System to the Buyer's site within sixty days after signature and complete installation within a further thirty days. Work at sea shall be carried out in periods agreed with the Buyer's farm manager, taking account of tides, weather and harvesting.

5.2 The Supplier bears the risk of loss of or damage to the System until Final Acceptance.

5.3 When all components are installed and communicating with the shore server, the parties sign an Installation Certificate recording quantities and positions.

## Article 6 – Acceptance

6.1 After installation the System shall run for a trial period of twenty-one days.

6.2 The acceptance criteria are: (a) the reading of each sensor is within ±0.2 mg/L of a reference measurement taken by the Buyer with a calibrated handheld meter at three depths; (b) readings from every sensor are received by the shore server at five-minute intervals with no gap longer than thirty minutes during the trial period; (c) a simulated low-oxygen event switches the relevant aerators on within sixty seconds and sends an alarm to the duty staff's phones; and (d) the documentation, spare-parts list and calibration certificates have been handed over.

6.3 When all criteria are met the Buyer signs a Final Acceptance Certificate. If a criterion is not met, the Supplier shall remedy the defect within ten days and the test shall be repeated at the Supplier's cost. Delivery, installation, use of the System or any payment shall not be deemed acceptance.

## Article 7 – Warranty

7.1 The Supplier warrants the System for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective components free of charge, including transport and labour.

7.2 Sensor membranes and wiper brushes are consumables and are excluded, but the Supplier shall supply them at the prices in Annex 1 for at least five years.

## Article 8 – Maintenance and Service Levels

8.1 During the Warranty Period the Supplier shall carry out quarterly maintenance visits, including cleaning, calibration of every sensor and inspection of the moorings.

8.2 Faults are classified and handled as follows:

| Severity | Definition | Response | On site | Restoration |
|---|---|---|---|---|
| 1 | No DO data or no alarm for a whole tank hall or raft block | 30 minutes | 8 hours | 24 hours |
| 2 | Single sensor or logger failed | 2 hours | 2 working days | 3 working days |
| 3 | Other faults and questions | 1 working day | as agreed | as agreed |

8.3 The Supplier shall keep a stock of spare sensors and loggers in Dalian and shall appoint a Chinese-speaking service engineer based in Dalian.

8.4 For each hour by which a Severity 1 response time is exceeded the Supplier shall pay CNY 800, and for each hour by which the Severity 1 on-site or restoration time is exceeded CNY 1,500. The Buyer may deduct these amounts from any sum due to the Supplier.

## Article 9 – Post-Warranty Maintenance

9.1 After the Warranty Period the Supplier shall, at the Buyer's option, provide maintenance on the terms of Article 8 for an annual fee of 8.5% of the Equipment and Licence Subtotal, that is CNY 91,120 per year. This fee is fixed for three years after the Warranty Period; any later change requires written agreement.

9.2 Post-warranty maintenance is ordered by the Buyer year by year and does not renew automatically.

## Article 10 – Licence and Intellectual Property

10.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software for the Buyer's farms.

10.2 The farm-specific configuration, alarm thresholds and logic, dashboards, reports and the interface programs for the aerator controllers prepared for the Buyer belong to the Buyer, who may use, modify and have them modified by third parties. The Supplier shall deliver them with their source files.

10.3 The Supplier shall indemnify the Buyer against third-party claims that the System infringes any intellectual property right.

## Article 11 – Buyer Data and Security

11.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not use it for any other purpose or disclose it to any third party.

11.2 The System stores Buyer Data on the Buyer's shore server. Remote access by the Supplier is permitted only through the Buyer's VPN, after the Buyer's approval for each session, and is logged. The Supplier shall not copy Buyer Data outside the People's Republic of China.

11.3 The Supplier shall apply appropriate security measures, including changing all default passwords, encrypting the 4G and LoRa links and keeping the firmware free of known vulnerabilities.

11.4 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the System or Buyer Data, take immediate remedial action and bear the losses caused by its breach of this Article.

## Article 12 – Confidentiality

12.1 The Supplier shall keep confidential the Buyer's farm locations, production figures, stocking densities and all other information received under this Contract, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract for five years.

## Article 13 – Delay Damages

13.1 If the Supplier fails to complete installation by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.

13.2 Payment of liquidated damages does not relieve the Supplier of its obligations.

## Article 14 – Liability

14.1 Each party is liable for the direct losses caused to the other party by its breach of this Contract. Neither party is liable for indirect losses or loss of profit, except in the case of intent or gross negligence.

14.2 The Supplier is liable for stock losses caused by a failure of the System to give a low-oxygen alarm where the failure results from a defect of the System.

## Article 15 – Subcontracting

15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The charter of a workboat and crew from the local marine contractor named in Annex 4 for the mooring work is approved by signature of this Contract.

15.2 The Supplier remains responsible for its subcontractors.

## Article 16 – Termination

16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if the delay damages reach their maximum.

16.2 On termination before Final Acceptance, the Supplier shall refund the amounts received, less the value of any installed and working parts the Buyer elects to keep.

## Article 17 – Force Majeure

17.1 Typhoons, sea ice and storm warnings that prevent work at sea are force majeure for the period they last. The affected party shall notify the other without delay.

## Article 18 – Governing Law and Disputes

18.1 This Contract is governed by the laws of the People's Republic of China.

18.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## Article 19 – Miscellaneous

19.1 This Contract is made in English and Chinese; both versions are equally authentic.

19.2 Annexes: 1 Technical proposal and price list of consumables; 2 Site plan; 3 Acceptance test plan; 4 Approved subcontractor.

For the Buyer: ____________________ For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h197e04 (txt, "N. HEADING" + N.N, Scottish style)
H197E04 = """MANAGED IT SERVICES AGREEMENT

between

EILEAN CHOINNICH TECHNOLOGY SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (Company Number SC702915) and having its Registered Office at The Boathouse, Eilean Choinnich, Scotland, acting through its service centre at Hexi Avenue, Jianye District, Nanjing (hereinafter referred to as the "Provider")

and

NANJING LUZHI LEGAL TECHNOLOGY CO., LTD. (南京律智法律科技有限公司), a limited liability company established in the People's Republic of China and having its registered address at Xinjiekou, Qinhuai District, Nanjing (hereinafter referred to as the "Customer")

(together the "Parties")

WHEREAS the Customer develops legal research and contract-analysis software and employs some eighty-five staff at two offices in Nanjing, and wishes to outsource the management of its internal IT and the support of its staff's desktops to the Provider;

NOW THEREFORE the Parties HAVE AGREED AND DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Customer Data" means all data of the Customer, including client files, e-mails, documents and source code held on the Customer's systems; "Services" means the services described in Clause 3 and the Schedule; and "Working Day" means a day on which banks are open for business in Nanjing.

1.2 The Schedule forms part of this Agreement. Headings shall not affect interpretation.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution by both Parties and, subject to earlier termination in terms of Clause 13, the Services shall be provided for a period of twenty-four (24) months from the Service Commencement Date.

2.2 This Agreement shall not renew automatically. The Parties may agree in writing, not later than three months before the end of the Term, to extend it on terms then to be agreed.

3. THE SERVICES

3.1 The Provider shall provide the following Services to the Customer: (a) a service desk in Chinese and English, staffed from 08:00 to 20:00 on Working Days, with on-call telephone cover at other times; (b) desktop support for up to eighty-five users, including laptops, monitors, printers and mobile devices; (c) endpoint management, including patching and software deployment; (d) administration of the Customer's office productivity tenancy and identity directory; (e) management of the firewalls, switches and wireless networks at the Customer's two offices; (f) nightly backup of file servers and mailboxes; (g) joiner and leaver processes; and (h) a monthly service report.

3.2 The Provider shall provide an on-site engineer at the Xinjiekou office on each Working Day and shall perform the Services with all reasonable skill and care.

4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete the transition of the Services in accordance with the transition plan in the Schedule within forty-five days after the execution of this Agreement.

4.2 Transition shall be complete when: (a) all eighty-five user devices are enrolled in the Provider's management tools and reporting; (b) the network, firewall and tenancy documentation has been produced and reviewed by the Customer; (c) a restore of a sample of files and mailboxes chosen by the Customer has been performed successfully; and (d) the service desk has handled live calls for ten Working Days without a Priority 1 Incident caused by the Provider. On completion the Customer shall sign a Service Commencement Certificate.

4.3 If transition is not complete within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 48,000.

5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following service levels, measured monthly:
   Priority 1 (office-wide loss of network, e-mail or file access): response within fifteen (15) minutes at all times; restoration within six (6) hours.
   Priority 2 (a service unavailable to a team, or a senior user unable to work): response within one (1) hour; restoration within one Working Day.
   Priority 3 (a single user affected with a workaround): response within eight (8) working hours; resolution within three Working Days.

5.2 If in any month a Priority 1 response or restoration time is missed, the Customer shall be entitled to a service credit of five per cent (5%) of the monthly Charges for each such Incident; if in any month more than five Priority 2 or Priority 3 Incidents are not resolved within the times above, the Customer shall be entitled to a further service credit of three per cent (3%) of the monthly Charges. Service credits in any month shall not exceed twenty per cent (20%) of the monthly Charges and shall be deducted from the next invoice.

5.3 Service credits are without prejudice to the Customer's right to terminate under Clause 13.

6. CHARGES AND PAYMENT

6.1 At the Customer's request the Charges are stated and payable in Chinese Renminbi. The Charges are:
   Per-user support charge: 85 users x CNY 620 per user per month = CNY 52,700 per month;
   Site infrastructure management charge (two offices): CNY 9,800 per month;
   Total monthly Charges: CNY 62,500, being CNY 1,500,000 over the Term;
   Transition charge (one-off): CNY 48,000;
   Total contract value: CNY 1,548,000.

6.2 The monthly Charges shall be invoiced monthly in arrears. The transition charge shall be invoiced on the signature of the Service Commencement Certificate. No sum is payable in advance of the Service Commencement Date. Invoices are payable within thirty days of receipt.

7. CUSTOMER RESPONSIBILITIES

7.1 The Customer shall give the Provider's engineers reasonable access to its premises and systems and nominate a service manager.

8. CUSTOMER DATA

8.1 All Customer Data shall remain the property of the Customer.

8.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall, on termination or expiry of this Agreement, return all Customer Data in its possession to the Customer.

9. CONFIDENTIALITY

9.1 Each Party shall keep secret and confidential all information of the other Party obtained under this Agreement, including the affairs of the Customer's clients, and shall not disclose it save with the prior written consent of the other Party or as required by law.

9.2 The Provider shall ensure that each of its engineers assigned to the Customer signs a confidentiality undertaking in the form required by the Customer.

9.3 This Clause 9 shall survive termination or expiry of this Agreement for a period of five years.

10. INTELLECTUAL PROPERTY

10.1 All documentation, network diagrams, scripts, configurations and runbooks created by the Provider specifically for the Customer in the course of the Services shall belong to the Customer, which may use, modify and disclose them to any successor provider.

10.2 The Provider's own management tools and know-how remain the property of the Provider; the Provider grants the Customer a licence to use any of them embedded in the deliverables referred to in Clause 10.1.

11. LIMITATION OF LIABILITY

11.1 Neither Party shall be liable to the other for any indirect or consequential loss, loss of profit or loss of business.

11.2 Subject to Clause 11.3, the Provider's aggregate liability to the Customer, whether in contract, delict (including negligence) or otherwise, arising under or in connection with this Agreement shall not exceed the Charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.

11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

12. SUB-CONTRACTING AND ASSIGNATION

12.1 The Provider shall not sub-contract the whole or any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any sub-contractor as if they were its own.

12.2 Neither Party may assign its rights under this Agreement without the prior written consent of the other Party.

13. TERMINATION

13.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach of this Agreement which is incapable of remedy or, if capable of remedy, is not remedied within thirty (30) days of written notice requiring it to be remedied. The failure of the Provider to meet the Priority 1 service levels in any three months of a rolling six-month period shall be a material breach.

13.2 Either Party may terminate this Agreement by written notice if the other Party becomes insolvent, enters into liquidation or administration, or has a receiver appointed over its assets.

14. EXIT MANAGEMENT

14.1 On termination or expiry the Provider shall hand over all passwords, administrator accounts, documentation and Customer Data to the Customer or its successor provider.

15. FORCE MAJEURE

15.1 Neither Party shall be liable for any failure or delay caused by circumstances beyond its reasonable control.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement shall be governed by and construed in accordance with the law of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement which cannot be settled by negotiation within thirty days shall be referred to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules.

17. GENERAL

17.1 This Agreement constitutes the whole agreement between the Parties. It is written in English and Chinese; both versions have equal force.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:

Subscribed for and on behalf of EILEAN CHOINNICH TECHNOLOGY SERVICES LIMITED
at ______________ on ______________ 2026 by ______________ (Director)
before this witness ______________

Subscribed for and on behalf of NANJING LUZHI LEGAL TECHNOLOGY CO., LTD.
at Nanjing on ______________ 2026 by ______________ (Legal Representative)

THE SCHEDULE: Part 1 Service description; Part 2 Transition plan; Part 3 Sites and user numbers.
"""

# ---------------------------------------------------------------- h197e05 (txt, "§ N Title" + (1), Swiss-Italian style)
H197E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
FumiCert API – electronic fumigation certificates

between

Brissago Phytocert SA, with registered office on the Isole di Brissago, 6614 Brissago, Canton Ticino, Switzerland, entered in the commercial register of the Canton Ticino under UID CHE-409.117.362 ("Supplier")

and

Guangxi Pingnan Guixiang Cassia Export Co., Ltd. (广西平南桂香肉桂出口有限公司), with registered office in Pingnan County, Guigang, Guangxi Zhuang Autonomous Region, People's Republic of China ("Customer")

(each a "Party", together the "Parties")

Recitals

A. The Supplier operates FumiCert, an application programming interface ("API") service that receives fumigation records from fumigation operators, checks them against the requirements of the destination country and issues and validates electronic fumigation certificates and their PDF copies.

B. The Customer exports cassia bark, cassia broken and cassia oil from Guangxi to Europe, India and the Middle East, and wishes to connect its export order system and its fumigation contractors to the FumiCert API.

C. At the Customer's request, all amounts in this Agreement are stated and payable in Chinese Renminbi (CNY).

The Parties therefore agree as follows:

§ 1 Subject matter
(1) The Supplier grants the Customer access to the FumiCert API for the Term and performs the integration services described in § 5.
(2) The services comprise: certificate generation for phosphine and methyl bromide fumigations; validation of dosage, exposure time and temperature against the destination-country rules maintained by the Supplier; issue of certificate numbers and PDF copies with QR verification; a web portal for the Customer's three fumigation contractors; and an archive of all certificates for the Term.
(3) The Supplier keeps the destination-country rules up to date and informs the Customer of any change affecting the Customer's markets at least ten days before it takes effect, where the notice given by the authority concerned allows it.

§ 2 Definitions
(1) "Acceptance" means the signature of the acceptance protocol under § 6. "Customer Data" means all data transmitted by or for the Customer to the API, including shipment, consignee, container, fumigation and certificate data. "Integration Deliverables" means the connector to the Customer's Kingdee ERP system, the mapping rules, the certificate templates for the Customer's destination markets and the contractor portal configuration. "Term" means the period in § 3.

§ 3 Term
(1) The subscription begins on the date of Acceptance and runs for twenty-four (24) months.
(2) The Agreement is not renewed automatically. A renewal requires a written agreement of both Parties, including the fees for the renewal period.

§ 4 Fees and payment
(1) The fees are:
   a) subscription fee: CNY 186,000 per subscription year, including up to 9,000 certificates per year; for 24 months CNY 372,000;
   b) integration fee (one-time): CNY 138,000;
   c) total contract value: CNY 510,000.
(2) Certificates above the annual volume are charged at CNY 18 each, quarterly in arrears; they are not part of the total contract value.
(3) The subscription fee is invoiced quarterly in arrears (CNY 46,500 per quarter). The integration fee is invoiced after Acceptance. No payment is due before Acceptance.
(4) Invoices are payable within thirty (30) days by bank transfer. Chinese withholding taxes, if any, are borne by the Supplier; the Customer provides the tax certificates.

§ 5 Integration services
(1) The Supplier develops and configures the Integration Deliverables according to the specification in Annex 1, trains the Customer's export staff and the staff of its three fumigation contractors, and supports the first thirty shipments after Acceptance.
(2) The Supplier completes the integration and makes it ready for the acceptance test within sixty (60) days after signature of this Agreement.
(3) If the readiness date in paragraph 2 is missed for reasons attributable to the Supplier, the Supplier pays the Customer a contractual penalty of CNY 600 per day of delay, up to CNY 30,000 in total.
(4) The Customer ensures that its fumigation contractors deliver their records through the portal or in the agreed CSV format, and nominates a project manager who takes decisions on its behalf during the integration.

§ 6 Acceptance
(1) The Parties test the integration with fifty real shipment files selected by the Customer.
(2) The acceptance criteria are: a) for every test file the certificate data correspond to the fumigation operator's record and to the ERP shipment data; b) files with a dosage, exposure time or temperature outside the destination-country rule are rejected with a reason; c) the certificate number and PDF are posted back to the ERP order; d) a parallel run of five working days with live shipments shows no error.
(3) When the criteria are met the Parties sign the acceptance protocol. Use of the API for live shipments before signature does not constitute Acceptance.

§ 7 Service levels
(1) The API is available 99.95% of each calendar month, excluding maintenance windows announced three days in advance and carried out between 23:00 and 05:00 China Standard Time.
(2) Priority 1 incidents (no certificate can be issued or validated): response within one (1) hour, at all times; the Supplier works on the incident without interruption until the API is restored.
(3) Priority 2 incidents (one function, template or contractor connection unavailable): response within eight (8) working hours; Priority 3 incidents: response within two working days.
(4) The service levels describe the quality the Supplier aims to achieve. Failure to meet them entitles the Customer to escalation to the Supplier's management under paragraph 5, but not to service credits, price reductions or damages.
(5) The Supplier reports monthly on availability and incidents; the Parties review the report in a quarterly call.

§ 8 Customer Data and data security
(1) Customer Data belongs to the Customer. The Supplier processes it only to provide the services under this Agreement and only on the Customer's instructions; it does not use Customer Data for any other purpose.
(2) Customer Data is stored and processed on servers of the hosting provider named in Annex 2 in mainland China. Certificate data is transmitted to destination authorities or consignees only on the Customer's instruction for the shipment concerned.
(3) The Supplier protects Customer Data by appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access with two-factor authentication, logging of all access and daily back-ups, and complies with the data laws of the People's Republic of China.
(4) The Supplier notifies the Customer of any breach of security affecting Customer Data within twenty-four (24) hours, takes the necessary measures and is liable for the damage caused by the breach.
(5) At the end of the Term the Supplier hands over the certificate archive in PDF and CSV format and deletes Customer Data within thirty days.
(6) Once a year, on request, the Supplier gives the Customer a summary of its most recent independent security audit and of the measures taken on its findings.

§ 9 Intellectual property
(1) The FumiCert API, its software, rule base and documentation remain the exclusive property of the Supplier.
(2) The Integration Deliverables, although developed for the Customer, are and remain the exclusive property of the Supplier. The Customer receives a non-exclusive, non-transferable right to use them for the Term only; it may not modify them or have them modified by third parties.

§ 10 Confidentiality
(1) Each Party keeps confidential the other Party's business and technical information, in particular the Customer's prices, buyers and shipment volumes and the Supplier's rule base, and uses it only for this Agreement. The duty lasts for three years after the end of the Agreement.
(2) Each Party imposes the same duty on its employees, advisers and permitted subcontractors.

§ 11 Liability
(1) The Supplier is liable without limitation for damage caused intentionally or by gross negligence.
(2) In all other cases the Supplier's total liability under this Agreement is limited to twice the total contract value in § 4 (1) c).
(3) Liability for indirect damage and lost profit is excluded, except under § 8 (4).

§ 12 Subcontractors
(1) The Supplier may entrust third parties with the performance of this Agreement only with the Customer's prior written consent. The hosting provider named in Annex 2 is approved.
(2) The Supplier is responsible for its subcontractors as for its own acts.

§ 13 Termination
(1) The Agreement cannot be terminated for convenience during the Term.
(2) Each Party may terminate the Agreement for good cause with immediate effect, in particular if the other Party commits a material breach and does not remedy it within thirty (30) days after a written warning.
(3) On termination the Supplier hands over the certificate archive under § 8 (5).

§ 14 Force majeure
(1) Neither Party is liable for delays caused by events beyond its control, such as natural disasters, epidemics, or failures of public telecommunications networks, for the duration of such events.

§ 15 Governing law and jurisdiction
(1) This Agreement is governed by Swiss substantive law, excluding the United Nations Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction is Lugano, Switzerland.

§ 16 Final provisions
(1) Amendments and additions to this Agreement must be made in writing. This also applies to this written-form clause.
(2) Should a provision of this Agreement be invalid, the validity of the remaining provisions is not affected.
(3) This Agreement is made in English. Annexes: 1 Integration specification; 2 Hosting provider; 3 Price list for additional certificates.

Brissago, ______________ 2026                Pingnan, ______________ 2026

Brissago Phytocert SA                          Guangxi Pingnan Guixiang Cassia Export Co., Ltd.
______________________                         ______________________
"""

# ---------------------------------------------------------------- build
PLAIN = {"h197z03": ("h197z03_dental_chain_booking_emr_saas.md", H197Z03),
         "h197z04": ("h197z04_county_forestry_fire_video_platform_om.txt", H197Z04),
         "h197z05": ("h197z05_zhacai_maker_wms_supplier_template.md", H197Z05),
         "h197e03": ("h197e03_sea_urchin_farm_do_sensors_dutch_integrator.md", H197E03),
         "h197e04": ("h197e04_legaltech_managed_it_desktop_scottish_provider.txt", H197E04),
         "h197e05": ("h197e05_cassia_fumigation_certificate_api_swiss_vendor.txt", H197E05)}

SOURCES = {"h197z01": H197Z01, "h197z02": H197Z02, "h197e01": H197E01, "h197e02": H197E02}
TARGETS = {"h197z01": ("h197z01_city_smr_special_equipment_platform.docx", "docx"),
           "h197z02": ("h197z02_cement_kiln_shell_infrared_scanner_supply.pdf", "pdf"),
           "h197e01": ("h197e01_woodcarving_cam_perpetual_licence_irish_vendor.docx", "docx"),
           "h197e02": ("h197e02_glass_bridge_ticketing_saas_swiss_vendor.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in PLAIN.values():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
