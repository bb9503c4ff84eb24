"""Builds the ten holdout177 contracts and their labels.

Sources of all ten drafts are kept here: the .md / .txt files are written as they are, the two .docx and the two .pdf
are built with ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True). The labels (.json) are
written from the LABELS table below after every price sum has been asserted and the policy rules (policy.md §3, §4)
have been re-applied to each label's terms. `--check` reads every built file back (python-docx / pypdf), prints
text lengths and scans the read-back texts for values sitting exactly on a policy threshold.
Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# H177Z01 — 市民政局 婚姻登记管理信息系统 (政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H177Z01 = """
T:临澜市婚姻登记管理信息系统建设项目合同书
P:项目编号：LLZC-2025-GK-0632　　采购方式：公开招标
P:甲方（采购人）：临澜市民政局　　地址：临澜市政务服务中心东楼五层
P:乙方（中标供应商）：临澜数政信息技术有限公司　　地址：临澜市高新区创业大道88号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方就临澜市婚姻登记管理信息系统建设项目（以下简称"本项目"）订立本合同。招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖市婚姻登记处及六个区县婚姻登记处的婚姻登记管理信息系统，包括结婚登记、离婚登记、补发婚姻登记证、撤销婚姻登记、婚姻家庭辅导预约、电子档案管理和统计分析等功能模块，并完成配套硬件的供货、安装与系统集成。
P:1.2 乙方负责完成与省婚姻登记信息系统、公安人口信息库、省电子证照库的接口开发与联调，并完成1998年以来历史婚姻登记档案数据的迁移、校核和补录。
P:1.3 乙方负责系统部署、用户培训及质保期内的运维服务。具体技术要求以招标文件第五章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万叁仟元整（¥2,063,000.00），为固定总价，包含软硬件、运输、安装、接口开发、数据迁移、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|婚姻登记管理信息系统软件（永久许可，市级及六个区县）|1套|860,000|860,000
TB:2|人证核验一体机|14台|18,500|259,000
TB:3|高拍仪及电子签名板|14套|6,200|86,800
TB:4|应用服务器|2台|96,000|192,000
TB:5|存储设备|1套|148,000|148,000
TB:6|历史档案数据迁移与补录|1项|236,000|236,000
TB:7|省级系统及公安、电子证照接口开发|1项|184,000|184,000
TB:8|系统集成、安装部署与培训|1项|97,200|97,200
TB:合计||||2,063,000
P:2.2 上表第1至5项合称"软硬件部分"，小计人民币1,545,800元。
P:2.3 乙方已于合同签订前提交合同总价5%的履约保证金。最终验收合格后，履约保证金转为质量保证金，质保期满且无未了事项的，甲方无息退还。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署、数据迁移并通过初验后，甲方支付合同总价的45%。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额合法发票。甲方通过国库集中支付系统办理付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后30日内完成硬件到货，90日内完成系统部署、接口联调和数据迁移并书面申请初验。
P:4.2 硬件到货后由甲乙双方共同开箱清点并签署到货确认单。到货确认单仅证明货物的型号、数量和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名和实施人员不少于五名。项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验条件：（1）招标文件所列功能全部实现，并通过甲方组织的功能测试；（2）历史档案迁移数据经全量比对，差错记录不超过二十条且全部更正；（3）与省婚姻登记信息系统、公安人口信息库、电子证照库的接口连续五个工作日调用无错误；（4）在300个并发用户下，常用业务页面响应时间不超过2秒；（5）系统通过第三方机构的安全测评，无高风险问题。
P:5.2 初验通过后进入三个月试运行期。试运行期内未发生一级故障且初验遗留问题全部整改完毕的，乙方可申请最终验收。甲方按照政府采购履约验收的有关规定组织最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及现场技术支持。
P:6.2 服务水平：系统月可用率不低于99.95%（经甲方同意的计划内维护除外）。故障分为三级：一级故障（任一登记处无法办理登记业务），乙方应在30分钟内响应，2小时内到达现场，6小时内恢复业务；二级故障（部分功能异常），2小时内响应，次日内解决；三级故障（一般问题），一个工作日内响应，五个工作日内解决。
P:6.3 乙方未达到上述服务水平的，每超时1小时扣减质量保证金1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元。扣减后的保证金不足的，乙方应在10日内补足。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过软硬件部分小计的8%（即每年不超过123,664元），质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目开发的接口程序、数据迁移脚本、定制报表及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收前全部移交。甲方有权自行或委托第三方使用、修改和维护。
P:7.2 乙方系统软件产品的著作权仍归乙方，甲方获得永久、不可撤销的使用许可，使用范围为全市婚姻登记业务。
P:7.3 乙方保证其交付的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 婚姻登记数据、档案影像及系统日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，实施人员须签署安全承诺书。所有运维操作须通过甲方堡垒机进行并全程留痕，不得将数据带出甲方机房。数据迁移使用的存储介质由甲方提供和保管，迁移完成后在甲方监督下销毁。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部法律责任，并赔偿甲方由此遭受的一切损失。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意，不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的产品不符合合同约定的，甲方有权要求更换或整改，并要求乙方赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本合同。乙方如需将硬件安装等非主体工作分包，须事先征得甲方书面同意，并对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方执四份，乙方执二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临澜市民政局　　　　乙方（盖章）：临澜数政信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# H177Z02 — 轴承厂 套圈尺寸自动检测线 + 质保期满后维护 — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H177Z02 = """
T:套圈尺寸自动检测线采购及维护合同
P:合同编号：HZ-SB-2025-0219
P:买方（甲方）：江淮恒轴轴承有限公司
P:卖方（乙方）：苏州测衡智能装备有限公司
P:甲方因深沟球轴承套圈磨加工车间质量检测自动化改造需要，向乙方采购套圈尺寸自动检测线，并委托乙方提供质保期满后的维护服务。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的及价格
P:（一）乙方向甲方提供两条套圈尺寸自动检测线（内圈线、外圈线各一条），用于6204至6312系列轴承套圈外径、内径、沟道直径、沟道位置、宽度及圆度的逐件全检，并配套视觉外观检测工位、数据采集与SPC分析软件。
P:（二）主要技术要求：测量机采用电感测头多点同步测量，示值误差不大于1微米，测量范围覆盖外径20至140毫米；检测线与甲方现有磨床自动线通过辊道衔接，不合格品按超差类别分道剔除并声光报警；全部检测结果按件号存储，可追溯至磨床机台及班次。详细要求以双方签字确认的技术协议为准。
P:（三）合同价格明细如下：
P:1. 套圈尺寸自动测量机：2台，单价486,000元，金额972,000元；
P:2. 上下料桁架机械手：2套，单价138,000元，金额276,000元；
P:3. 分选及不合格品剔除装置：2套，单价64,000元，金额128,000元；
P:4. 视觉外观检测工位：1套，金额215,000元；
P:5. 标准件及校准环规：1批，金额46,000元；
P:6. 测量数据采集与SPC分析软件（永久许可）：1套，金额88,000元；
P:以上第1至6项合称"设备及软件价款"，小计1,725,000元。
P:7. 安装调试及与甲方MES系统对接：1项，金额94,000元；
P:8. 操作及维护培训：1项，金额16,000元。
P:（四）合同总价为人民币壹佰捌拾叁万伍仟元整（¥1,835,000），含13%增值税、包装、运输、保险及安装调试费用。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方二分厂磨加工车间，并在到货后20日内完成安装调试。
P:（二）设备到货后双方共同开箱检验，签署到货签收单。到货签收仅确认设备型号、数量及外观，不视为质量验收。
P:（三）乙方人员在甲方厂区作业，应遵守甲方的安全生产及现场管理制度，因乙方人员违章作业造成的人身伤害或财产损失由乙方负责。
P:（四）设备的包装应适合长途运输及多次装卸，并有防潮、防震措施。设备毁损、灭失的风险自到货签收时转移给甲方。
P:（五）乙方应随设备提供中文操作手册、维护手册、电气原理图、易损件清单、测量系统分析报告及出厂检验报告各两套，并提供电子版。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）设备全部到货并安装完成后，甲方支付合同总价的45%；
P:（三）终验合格后，甲方支付合同总价的35%。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，乙方提交书面验收申请，甲方在10日内组织终验。终验标准如下：
P:1. 测量重复性与再现性（GR&R）不大于10%；
P:2. 单件检测节拍不大于6秒；
P:3. 以甲方提供的200件标准样件进行盲测，尺寸误判数为零；
P:4. 连续72小时带料运行，无停机故障；
P:5. 检测数据实时上传甲方MES系统，并与SPC软件中的记录一致。
P:（二）终验不合格的，乙方应在15日内整改后重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
P:（三）设备投入试生产或甲方支付部分款项，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备出现非甲方原因的故障或损坏，乙方免费维修或更换零部件。
P:（二）乙方保证测量机在质保期内的测量精度符合技术协议的要求，并每半年免费上门校准一次。
P:（三）故障响应：设备故障导致整条检测线停止运行的一级故障，乙方应在30分钟内电话响应，8小时内派工程师到达现场；其他故障2小时内响应，48小时内到场。一级故障响应或到场每超时1小时，乙方向甲方支付500元，甲方可从应付款项中直接扣除。
H:六、质保期满后的维护服务
P:（一）质保期满后，乙方继续为甲方提供设备维护服务，服务内容包括季度巡检、精度校准、测头及夹爪等易损件更换、软件升级，以及一名工程师每周两天驻厂。
P:（二）维护服务年费为设备及软件价款的26%，即每年448,500元，在每个服务年度开始前一次性支付。该费用在质保期满后三年内保持不变。
P:（三）维护服务期内的故障响应标准与扣款办法与本合同五（三）的约定相同。
H:七、培训
P:乙方应在安装调试期间为甲方操作工、设备维修工和质量工程师各提供不少于三天的现场培训，内容包括设备操作、日常点检、标准件校准、常见故障排除及SPC分析软件的使用。培训结束后由乙方组织考核，考核合格的人员方可独立操作设备。
H:八、知识产权
P:（一）乙方为本项目开发的MES对接程序、定制报表模板及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
P:（二）设备内置软件及SPC分析软件的著作权归乙方，甲方享有永久使用权。
H:九、数据安全
P:（一）检测数据、SPC数据及工艺参数均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方进行远程诊断，须事先取得甲方设备部的书面审批，通过甲方指定的VPN账号接入，操作全程记录。乙方发现数据泄露或异常访问的，应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露的，乙方承担赔偿责任。
H:十、保密
P:乙方对在履约过程中知悉的甲方图纸、工艺文件、产品规格及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内仍然有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（三）设备质量不符合约定的，乙方应负责更换，并赔偿甲方由此造成的直接损失。
H:十二、分包
P:乙方不得将本合同项下的设备制造及安装调试工作分包给第三方；确需将运输、吊装等辅助工作委托他人完成的，应事先取得甲方书面同意。
H:十三、合同解除
P:（一）乙方逾期交货超过60日，或终验两次不合格，或有其他严重违约行为经甲方催告后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）维护服务期内乙方连续两个季度未履行巡检、校准义务的，甲方有权解除维护服务部分。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能按期履行的，该方应在不可抗力发生后5日内书面通知对方并提供证明，履行期限相应顺延。不可抗力持续超过60日的，双方协商是否继续履行合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、验收大纲。
P:甲方（盖章）：江淮恒轴轴承有限公司　　　乙方（盖章）：苏州测衡智能装备有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H177Z03 — 烘焙连锁 门店订货 SaaS, three years + 实施 — .md, Markdown headings with 1.1
# ---------------------------------------------------------------------------------------------------------------
H177Z03 = """# 门店订货管理系统SaaS服务合同

**合同编号**：MXL-IT-2025-011

**甲方（客户）**：麦香里烘焙连锁管理有限公司，住所：长沙市岳麓区麓谷大道627号

**乙方（服务商）**：杭州订立方网络科技有限公司，住所：杭州市余杭区文一西路1818号

甲方经营"麦香里"烘焙连锁门店186家及中央工厂一座。为实现门店要货、中央工厂排产和冷链配送的线上协同，甲方向乙方订购"订立方"门店订货SaaS服务，并委托乙方完成实施。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方提供门店订货SaaS服务，功能包括：门店要货与智能补货建议、中央工厂生产计划、配送排线、门店收货与差异处理、报损与盘点、总部经营看板。

1.2 实施服务包括：业务调研与系统配置、商品及门店主数据初始化、与甲方金蝶ERP及收银POS系统的接口对接、三轮用户培训及上线支持。

1.3 订阅期为三年，自上线验收合格之日起计算。

## 2. 费用

2.1 本合同费用如下（含6%增值税）：

| 项目 | 计费方式 | 单价（元） | 数量 | 金额（元） |
|---|---|---|---|---|
| 门店订货SaaS订阅 | 每店每年 | 1,680 | 186店×3年 | 937,440 |
| 中央工厂及总部模块 | 每年 | 96,000 | 3年 | 288,000 |
| 实施服务（含接口对接、培训） | 一次性 | 138,000 | 1 | 138,000 |
| 合计 | | | | 1,363,440 |

2.2 订阅期内甲方新增门店的，按每店每年1,680元的单价按月折算计费；关闭门店的，自次月起停止计费。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算。乙方在每个季度结束后开具发票，甲方在收到合格发票后20日内支付该季度的订阅费。

## 4. 实施与上线验收

4.1 乙方应在合同签订后60日内完成系统配置、接口对接和培训，先在长沙地区20家门店试点运行两周，再推广至全部门店。

4.2 上线验收标准：（1）全部186家门店连续7天通过系统完成要货和收货；（2）系统订单与ERP销售出库单、POS销售数据逐日核对，差异为零；（3）智能补货建议每日21:00前生成；（4）每日20:00至22:00下单高峰时段，下单页面响应时间不超过3秒；（5）甲方确认的问题清单全部关闭。

4.3 甲方应指定项目负责人，按乙方的实施计划及时提供商品、门店、配方及价格等基础数据，并组织门店人员参加培训。

4.4 甲方在收到乙方验收申请后10个工作日内组织验收，并出具书面验收意见。门店开始使用系统不视为验收合格。

4.5 乙方未能在合同签订后90日内达到上线验收条件的，每逾期一日向甲方支付违约金1,000元，累计不超过实施费的20%。

## 5. 服务水平

5.1 乙方保证SaaS服务的月可用率不低于99.5%。月可用率=（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意的计划维护，每月累计不超过6小时，且应安排在凌晨0:00至5:00之间，不计入不可用时间。

5.2 故障分级与响应：一级故障（全部或多数门店无法下单），乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能异常），1小时内响应，8小时内解决；三级故障（一般咨询和优化建议），次一工作日内答复。

5.3 服务补偿：月可用率低于约定值的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按10%抵扣。一级故障响应每超时30分钟，抵扣当月订阅费的1%。抵扣金额在下一季度订阅费中扣除。

5.4 乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括当月可用率、故障清单及处理情况、服务抵扣金额和优化建议。订阅期内乙方对平台进行的版本升级应提前7日通知甲方，不得降低本合同约定的功能和服务水平。

## 6. 数据

6.1 甲方在系统中录入或生成的门店、商品、订单、销售及库存数据（"甲方数据"）归甲方所有。

6.2 甲方同意，乙方可在订阅期内及期满后，将甲方数据进行脱敏、汇总处理后用于乙方的烘焙行业分析报告、补货算法模型训练及产品改进，但不得披露可识别甲方或其门店的信息。

6.3 数据安全：乙方平台已通过网络安全等级保护第三级测评。乙方应对甲方数据加密传输和存储，实行访问权限最小化和操作日志审计，每日备份并异地保存，数据存储于中国境内。发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方赔偿。

6.4 订阅期满或合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除平台上的甲方数据。

## 7. 知识产权

7.1 SaaS平台及其软件的著作权归乙方所有。

7.2 乙方为甲方定制的报表、接口程序及配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8. 保密

8.1 双方对因本合同知悉的对方商业秘密，包括甲方的配方、门店经营数据、采购价格和供应商信息，负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

## 9. 续期

9.1 订阅期满前60日，任何一方未书面提出不续期的，本合同自动续期，每次续期一个订阅年度。

9.2 续期时，乙方有权根据其产品价格体系调整订阅单价，调整幅度不超过上一期单价的10%，乙方应在续期前30日书面通知甲方。

## 10. 违约责任与责任限制

10.1 任何一方违反本合同约定的，应赔偿守约方因此遭受的损失。

10.2 乙方在本合同项下的全部赔偿责任，以本合同总金额的两倍为限；但因乙方故意或重大过失、数据安全事件或侵犯第三方知识产权造成的损失，不受此限。

## 11. 分包

11.1 乙方不得将实施服务分包。确需第三方参与的，须事先经甲方书面同意。乙方使用的云基础设施由阿里云计算有限公司提供，双方确认其不属于分包。

## 12. 合同解除

12.1 乙方严重违约（包括连续两个月可用率低于99%，或一级故障24小时内未恢复），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费。

12.2 合同解除或终止后，乙方应按本合同第6.4条的约定交还和删除甲方数据。

## 13. 不可抗力

13.1 因自然灾害、公共网络或电力中断等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；但乙方未按行业通行做法进行容灾备份造成的中断，不属于不可抗力。

## 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 15. 其他

15.1 本合同的附件包括：附件一《功能清单》、附件二《接口说明》、附件三《实施计划》，附件与正文具有同等效力。

15.2 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：麦香里烘焙连锁管理有限公司　　　　乙方（盖章）：杭州订立方网络科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H177Z04 — 县文化和旅游局 智慧旅游平台 年度运维 (政府采购 询价) — .txt, 第一章 … 第X条
# ---------------------------------------------------------------------------------------------------------------
H177Z04 = """青溪县智慧旅游平台运维服务合同

项目名称：青溪县智慧旅游平台2025—2026年度运维服务
采购方式：询价
采购人（甲方）：青溪县文化和旅游局
供应商（乙方）：青溪智游信息技术有限公司

第一章 总则

第一条 依据《中华人民共和国民法典》《中华人民共和国政府采购法》，根据本项目询价通知书、乙方报价文件及成交通知书，甲乙双方就青溪县智慧旅游平台（含"游青溪"小程序、景区票务预约系统、客流监测大屏及文旅数据中心，以下简称"平台"）的运维服务订立本合同。

第二条 服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同终止，后续服务由甲方依法另行采购。

第二章 服务内容与价格

第三条 乙方提供的服务内容如下：
（一）平台日常运维：7×24小时监控服务器、数据库、中间件、网络及小程序运行状态，每日巡检，每月提交运维报告；
（二）应用维护：缺陷修复、功能优化，以及每季度一次小版本迭代，迭代内容由甲方在每季度初书面确定；
（三）数据更新：全县12个A级景区、重点酒店、民宿、非遗项目及节庆活动信息的采集与更新，票务与客流数据每日对账，景区门票价格和开放时间调整须在甲方通知后1个工作日内完成；
（四）安全运维：每季度漏洞扫描及整改，配合甲方完成等级保护测评；
（五）节假日保障：春节、劳动节、国庆节等节假日期间安排两名工程师驻场。

第四条 本合同服务费为固定总价人民币叁拾捌万陆仟元整（¥386,000），明细如下：平台日常运维148,000元；应用维护与版本迭代96,000元；数据更新62,000元；安全运维48,000元；节假日保障32,000元。平台所用云资源费用由甲方另行支付，不包含在本合同价款内。

第五条 本合同不设预付款。服务费按季度支付，每季度结束后，甲方根据季度考核结果在15个工作日内支付当季服务费（即合同总价的四分之一），考核扣减的金额从当季服务费中扣除。乙方应在每次请款前开具合法有效的发票，甲方通过国库集中支付系统办理付款。

第三章 服务水平与考核

第六条 故障分级：一级故障指平台整体不可用，或小程序购票、预约、入园核验功能中断；二级故障指部分功能异常或大屏数据显示错误；三级故障指一般性问题和使用咨询。

第七条 响应时限：一级故障，乙方应在6小时内响应并开始处理，24小时内恢复；二级故障，8小时内响应，48小时内解决；三级故障，两个工作日内答复。

第八条 甲方每季度对乙方进行考核。乙方每发生一次一级故障响应或恢复超时，扣减当季服务费的2%；每发生一次二级故障超时，扣减当季服务费的1%；月度运维报告未按时提交的，每次扣减500元。

第九条 乙方未按约定时间完成季度版本迭代或安全整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第四章 双方权利义务

第十条 甲方应向乙方提供履行本合同所需的系统账号、机房出入及云平台访问权限，并指定专人负责联络与考核。甲方负责协调各景区、旅行社及相关部门向乙方提供数据更新所需的资料，并对乙方提交的更新内容进行审核。

第十一条 乙方应配备项目经理一名、运维工程师不少于三名，其中至少一名具有信息安全相关资格证书，人员名单报甲方备案，未经甲方同意不得更换项目经理。乙方人员应遵守甲方及景区的管理制度。

第十二条 乙方应于服务期开始后10日内完成与原运维单位的交接，核对平台账号、服务器、域名、证书、接口及源代码清单，形成交接记录报甲方确认。交接期间平台不得中断服务。

第十三条 乙方每月5日前向甲方提交上月运维报告，内容包括巡检记录、故障及处理情况、数据更新清单、游客咨询与投诉处理情况、安全事件及整改情况；重大节假日结束后3个工作日内提交保障总结。甲方可随时查阅乙方的运维工单记录。

第五章 数据安全与保密

第十四条 平台数据，包括游客实名信息、购票及预约记录、客流数据和文旅资源数据，均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、对外提供或用于其他任何目的。

第十五条 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》。运维操作须通过甲方堡垒机进行，账号专人专用，敏感字段加密存储，操作日志保存不少于六个月。发生数据泄露、篡改等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿由此造成的损失。

第十六条 乙方及其人员对在服务中知悉的甲方工作秘密、游客个人信息及平台技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在服务期满后继续有效。

第六章 知识产权

第十七条 服务期内乙方为平台开发的功能模块、脚本、接口及技术文档，其知识产权归甲方所有，乙方应随每次版本迭代交付源代码。

第七章 分包

第十八条 乙方可将节假日客流数据采集、宣传短视频制作等辅助性工作委托第三方完成，但应提前五个工作日书面告知甲方，并对受托方的工作成果负责。

第八章 验收

第十九条 每季度末，乙方提交季度运维报告、版本迭代说明和安全整改记录，甲方依据本合同第三章的服务水平进行季度考核并书面确认考核结果。

第二十条 服务期满后，甲方按照政府采购履约验收的有关规定组织年度验收。验收标准为：全年一级故障均在约定时限内恢复；四个季度考核均为合格（当季扣减不超过当季服务费的10%）；版本迭代均按计划上线；全部源代码和技术文档已移交。

第九章 合同解除

第二十一条 乙方严重违约的，包括同一季度内三次以上一级故障恢复超时，或因乙方原因发生数据安全事件，甲方有权书面通知解除合同，并按实际服务期间结算费用。乙方应在合同解除后10日内完成交接。服务期满前30日，乙方应配合甲方或新的运维单位办理交接，移交全部账号、文档和源代码，交接完成前继续保障平台正常运行。

第十章 法律适用与争议解决

第二十二条 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十一章 附则

第二十三条 乙方应制定平台运行应急预案，报甲方备案，并在旅游旺季前组织不少于一次应急演练。遇重大活动或突发客流，乙方应按甲方通知增派人员现场值守，所需费用已包含在合同价款中。

第二十四条 甲方有权随时检查乙方的服务情况，对不符合合同约定的服务提出整改要求，乙方应在甲方要求的期限内整改完毕，并书面反馈整改结果。

第二十五条 因不可抗力导致平台服务中断或无法按期履行的，受影响一方应及时通知对方并采取措施减少损失，相应期间不计入考核。

第二十六条 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等法律效力。本合同附件包括询价通知书、乙方报价文件及服务方案。

第二十七条 本合同一式五份，甲方执三份，乙方执一份，县政府采购管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县文化和旅游局
乙方（盖章）：青溪智游信息技术有限公司
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# H177Z05 — 辣椒酱厂 供应链系统 licence + 定制开发, the supplier's own template — .md, 第X条 + X.Y, many problems
# ---------------------------------------------------------------------------------------------------------------
H177Z05 = """# 链易通供应链管理系统软件许可及实施合同

（链易通标准合同文本 V4.0）

合同编号：LYT-2025-GZ-078

甲方：贵州辣道食品有限公司（住所：贵阳市花溪区小碧乡食品工业园）

乙方：成都链易通软件有限公司（住所：成都市高新区天府五街200号）

鉴于甲方拟建设覆盖辣椒原料收购、发酵生产、仓储和经销商订货的供应链管理系统，乙方为"链易通SCM"软件的著作权人，双方经协商，同意按本合同文本约定的条件进行合作。

### 第一条 合同内容

1.1 乙方向甲方许可使用链易通SCM标准软件，包括采购管理、仓储管理（WMS）、生产计划、批次追溯四个模块，共60个用户，并按甲方需求进行定制开发和实施。

1.2 定制开发内容：辣椒原料收购与农户结算、发酵罐批次与发酵周期管理、经销商订货门户，以及与甲方用友U8财务系统的接口。

### 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链易通SCM软件许可（4个模块、60用户） | 460,000 |
| 2 | 定制开发 | 318,000 |
| 3 | 实施服务 | 96,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 892,000 |

2.2 合同总额为人民币捌拾玖万贰仟元整（¥892,000），含增值税。

### 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总额的50%；

3.2 系统安装部署完成后5个工作日内，甲方支付合同总额的45%；

3.3 系统上线运行满三个月后，甲方支付合同总额的5%。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付滞纳金，且乙方有权暂停实施或维护服务。

### 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划在首期款到账后120日内完成系统安装部署。

4.2 甲方应在实施启动后10个工作日内确认需求调研报告，并按乙方要求提供服务器、网络环境及基础数据。甲方确认后的需求如需变更，应提出书面变更申请，乙方评估工作量后另行报价。

4.3 因甲方需求变更、基础数据准备不及时或网络环境不具备等原因导致工期延误的，工期相应顺延，乙方不承担责任。

4.4 因乙方原因逾期完成安装部署的，每逾期一日，乙方按合同总额的万分之一向甲方支付违约金，累计不超过合同总额的3%。

4.5 乙方应按照经甲方确认的实施计划分阶段推进，每个阶段结束时向甲方提交阶段工作报告。甲方应指定一名项目负责人及各业务部门关键用户，配合乙方完成需求调研、系统测试和数据整理工作。

### 第五条 验收

5.1 系统安装部署完成并交付甲方使用，即视为甲方验收合格。

5.2 甲方在系统交付后提出的问题，乙方在维护期内予以处理，但不影响验收结论及甲方的付款义务。

### 第六条 维护服务

6.1 乙方提供六个月的免费维护期，自系统安装部署完成之日起计算。

6.2 免费维护期内，乙方提供远程技术支持。一级故障（系统无法登录或核心业务无法进行），乙方在工作日8小时内响应；其他问题，乙方在3个工作日内响应。乙方将尽力排除故障，但不对修复时间作出承诺，亦不承担因故障或响应延迟产生的任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的年度服务价格标准另行签订维护合同。

6.4 乙方为甲方提供关键用户培训和系统管理员培训，共计四天，培训地点为甲方所在地。超出上述范围的培训，按乙方标准人天单价另行收费。

### 第七条 知识产权

7.1 链易通SCM标准软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、报表及其源代码，知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，或提供给他人使用。

### 第八条 数据

8.1 甲方在系统中录入和生成的业务数据归甲方所有。乙方仅为履行本合同处理甲方数据，不得用于其他目的。

8.2 乙方在实施和维护中访问甲方系统的，应使用甲方分配的账号，遵守甲方的信息安全管理制度，不得下载或留存甲方数据。因乙方原因导致甲方数据泄露、丢失的，乙方应在发现后24小时内通知甲方，采取补救措施，并承担相应的赔偿责任。

### 第九条 保密

9.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。

9.2 本条约定的保密义务自本合同生效之日起至合同终止后两年内有效。

### 第十条 双方的其他义务

10.1 甲方应按约定及时付款，妥善保管乙方提供的软件介质和授权文件，不得将软件用于本合同约定范围以外的其他公司或用户；甲方新增用户或模块的，应另行向乙方购买许可。

10.2 甲方应自行负责服务器、操作系统、数据库及网络环境的采购和维护，并定期备份系统数据。因甲方环境原因导致系统无法正常运行的，乙方不承担责任。

10.3 乙方应按照本合同约定提供软件和服务，并对实施过程中知悉的甲方生产工艺和配方信息予以保密。

### 第十一条 分包

11.1 乙方有权根据项目需要，将部分开发、实施工作交由其合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作承担管理责任。

### 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总额的20%。

12.2 任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

### 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除后，甲方已支付的款项中对应乙方已完成工作的部分不予退还。

### 第十四条 不可抗力

14.1 因不可抗力、政府行为、网络运营商故障、第三方云服务中断或黑客攻击等非乙方所能控制的原因，导致乙方不能履行或延迟履行本合同的，乙方不承担责任。

14.2 受不可抗力影响的一方应在事件发生后15日内通知对方，并提供相关证明。

### 第十五条 法律适用与争议解决

15.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。

15.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可提交成都仲裁委员会仲裁。

### 第十六条 其他

16.1 本合同附件《需求规格说明书》《定制开发功能清单》《实施计划》为本合同不可分割的部分。附件与本合同正文不一致的，以本合同正文为准。

16.2 双方的通知以书面形式发送至本合同首部所列地址，或发送至双方指定的电子邮箱，发出后三日即视为送达。

16.3 本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：贵州辣道食品有限公司　　　　乙方（盖章）：成都链易通软件有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H177E01 — narcissus-bulb grower, greenhouse-control software perpetual licence + configuration + support;
#           vendor on Tagomago, Spanish house style — .txt, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H177E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
GreenPilot Climate Control System - Narcissus Bulb Greenhouses, Zhangzhou

In Tagomago (Santa Eularia des Riu, Ibiza), on ___ June 2025.

MEET

On the one part, TAGOMAGO AGROTECH, S.L., a Spanish limited liability company with registered office at Finca Es Far, Isla de Tagomago, 07840 Santa Eularia des Riu, Balearic Islands, Spain, Tax Identification Number B-57391468, represented by Mr. Joan Mari Torres, acting as sole director (hereinafter, the "Licensor").

On the other part, ZHANGZHOU JINZHAN NARCISSUS BULB CO., LTD., a company incorporated in the People's Republic of China, with unified social credit code 91350600MA2Y4K7T3L and registered office at No. 18 Shuixian Road, Longhai District, Zhangzhou, Fujian Province, represented by Ms. Lin Yuqing, acting as general manager (hereinafter, the "Customer").

Both parties, each acting in the capacity in which it appears, mutually recognise each other's legal capacity to enter into this Agreement and, to that end,

STATE

I. That the Licensor develops and markets GreenPilot, a software system for the climate control of horticultural greenhouses and storage rooms (heating, ventilation, shading, fogging, irrigation and CO2 dosing).

II. That the Customer grows Chinese sacred narcissus (Narcissus tazetta var. chinensis) bulbs in six glass and film greenhouses and two bulb-curing rooms in Zhangzhou, and wishes to control the forcing and curing climate with GreenPilot.

III. That, at the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).

Accordingly, the parties agree to enter into this Agreement, which shall be governed by the following

CLAUSES

Clause 1 - Object

1.1 The Licensor grants the Customer a perpetual, non-exclusive and non-transferable licence to use GreenPilot version 7 (the "Software") for six greenhouses, two curing rooms and up to 48 climate zones at the Customer's site in Zhangzhou.

1.2 The Licensor shall configure the Software, install it on the Customer's server, integrate it with the Customer's existing climate controllers, weather station and sensors, calibrate the sensor inputs, commission the system and train the Customer's growers and maintenance staff (together, the "Services").

1.3 The technical scope is described in Annex 1 (Functional Specification) and Annex 2 (Zone and Equipment List), which form part of this Agreement.

Clause 2 - Price and payment

2.1 The total price of this Agreement is CNY 1,088,000 (one million eighty-eight thousand Chinese Yuan), including PRC value-added tax, broken down as follows:
(a) perpetual licence of the Software: CNY 720,000;
(b) configuration and controller integration (48 zones, weather station, two curing rooms): CNY 268,000;
(c) sensor calibration and commissioning: CNY 74,000;
(d) training of growers and maintenance staff in Zhangzhou: CNY 26,000.

2.2 The price shall be paid as follows:
(a) 20% of the total price within fifteen (15) days after signature of this Agreement, against the Licensor's invoice;
(b) 45% of the total price after installation of the Software on the Customer's server and delivery of the licence keys. Installation does not constitute acceptance;
(c) 35% of the total price within fifteen (15) days after the Final Acceptance Certificate is signed under Clause 4.

2.3 Payments are made by bank transfer. Travel and accommodation of the Licensor's staff in China are included in the price.

Clause 3 - Implementation schedule and delay

3.1 The Licensor shall install the Software within sixty (60) days after signature and shall have the system ready for acceptance testing no later than 15 September 2025, so that it can operate before the start of the bulb forcing season.

3.2 If the system is not ready for acceptance testing by that date for reasons attributable to the Licensor, the Licensor shall pay the Customer, as a penalty, 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price. The penalty does not exclude the Customer's right to claim further damages or to terminate under Clause 12.

3.3 The Customer shall give the Licensor's engineers access to the greenhouses, controllers and server, and shall appoint a project coordinator with authority to take day-to-day decisions.

Clause 4 - Acceptance

4.1 When the system is ready, the Licensor shall notify the Customer in writing and the parties shall carry out the acceptance tests described in Annex 3. The tests shall verify at least that:
(a) every climate zone holds its temperature set-point within plus or minus 0.5 degrees Celsius for seventy-two (72) consecutive hours;
(b) the curing rooms follow the programmed curing curve for the full test period;
(c) alarms are delivered by SMS and mobile app within two (2) minutes of the triggering event;
(d) data are logged every minute for fourteen (14) days without gaps;
(e) the documentation, configuration files and passwords have been handed over.

4.2 If the tests are passed, both parties shall sign a Final Acceptance Certificate. If any test fails, the Licensor shall remedy the deficiency within ten (10) days and the failed tests shall be repeated at its cost.

4.3 Use of the system in production, installation, or the payment of any instalment shall not be deemed acceptance.

Clause 5 - Warranty and support during the warranty period

5.1 The Licensor warrants that the Software and the Services will conform to the Functional Specification for a period of SIX (6) MONTHS from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Licensor shall correct any non-conformity free of charge.

5.2 During the Warranty Period the Licensor shall provide support from its service desk in Spanish, English and Chinese. A Severity 1 incident (loss of climate control in any greenhouse or curing room) shall receive a response within one (1) hour, by remote connection, at any time of day; a Severity 2 incident (loss of a non-critical function) within eight (8) hours; other requests within two (2) working days.

5.3 For each full hour by which the response to a Severity 1 incident is late, the Licensor shall pay the Customer CNY 600, which the Customer may deduct from any amount due to the Licensor.

Clause 6 - Support after the Warranty Period

6.1 After the Warranty Period, the Licensor will provide software updates, hotline and remote assistance under its standard GreenPilot Support Terms, at the Licensor's list price in force on the date of each support order. The Licensor reviews its list price each year.

6.2 Support after the Warranty Period is ordered by the Customer by written purchase order for each support year. There is no automatic renewal.

Clause 7 - Intellectual property

7.1 The Software, its documentation and all updates remain the property of the Licensor.

7.2 The Customer-specific configurations, climate recipes for narcissus forcing and curing, control curves, interface scripts and reports created under this Agreement belong to the Customer from their creation. The Licensor shall deliver them in editable form, and the Customer may use, modify and license them to third parties without restriction.

7.3 The Licensor shall defend and indemnify the Customer against any claim that the Software infringes a third party's intellectual property rights.

Clause 8 - Customer Data and security

8.1 Climate logs, crop records, recipes and any other data entered into or generated by the Software ("Customer Data") belong exclusively to the Customer. The Licensor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.

8.2 The Software runs on the Customer's own server in Zhangzhou. The Licensor may access it remotely only through a VPN account issued by the Customer, for each session approved in advance by the Customer's coordinator, and every session is logged. The Licensor shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

8.3 The Licensor shall notify the Customer within twenty-four (24) hours of becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in remedying it, and shall bear the losses caused by any such incident attributable to the Licensor.

Clause 9 - Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including growing methods, recipes, prices and customer lists, and shall not disclose it to any third party without the other party's prior written consent.

9.2 This obligation survives termination of this Agreement for five (5) years.

Clause 10 - Liability

10.1 The total liability of the Licensor under this Agreement shall not exceed 150% of the total price. This limit does not apply to wilful misconduct, gross negligence, personal injury, breach of Clause 8 or infringement of third-party rights.

10.2 Neither party shall be liable for indirect loss or loss of profit, except in the cases excluded in Clause 10.1.

Clause 11 - Subcontracting

11.1 The Licensor shall not subcontract all or part of the Services without the Customer's prior written consent. The Licensor remains responsible for the work of any approved subcontractor.

Clause 12 - Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving notice of the breach.

12.2 The Customer may also terminate this Agreement if the penalty under Clause 3.2 reaches its maximum. In that case the Licensor shall refund the amounts received, against return of the licence keys.

Clause 13 - Applicable law and jurisdiction

13.1 This Agreement is governed by Spanish law.

13.2 For any dispute arising from this Agreement, the parties submit, with express waiver of any other jurisdiction that may correspond to them, to the Courts and Tribunals of Ibiza (Eivissa), Spain.

Clause 14 - Miscellaneous

14.1 This Agreement is written in English. Notices shall be given in writing to the addresses stated above.

14.2 This Agreement, with its Annexes, is the entire agreement between the parties on its subject and replaces all previous offers and communications.

And in witness whereof, the parties sign this Agreement in duplicate and to a single effect, in the place and on the date indicated at its head.

For the Licensor: ______________________    For the Customer: ______________________
Joan Mari Torres, Sole Director             Lin Yuqing, General Manager
"""

# ---------------------------------------------------------------------------------------------------------------
# H177E02 — lakeside lodge at Kanas, reservation SaaS, Order Form + General Terms; vendor on the Ilha de Tavira,
#           Portuguese house style — .docx, "Art. N (title)" with numbered paragraphs, one low finding only
# ---------------------------------------------------------------------------------------------------------------
H177E02 = """
T:ORDER FORM No. TRD-2025-0147 - LagoBook Reservation Suite
P:Supplier: TAVIRA RESERVAS DIGITAIS, LDA., a private limited company (sociedade por quotas) with registered office at Quatro Aguas, Ilha de Tavira, 8800-901 Tavira, Portugal, corporate and tax number 516 204 873, share capital EUR 50,000, registered with the Commercial Registry Office of Tavira ("Supplier").
P:Customer: KANAS LAKESIDE LODGE CO., LTD., a company incorporated in the People's Republic of China, unified social credit code 91654322MA79K2H50Q, with registered office at Kanas Scenic Area, Burqin County, Altay Prefecture, Xinjiang ("Customer").
P:This Order Form is entered into under the Supplier's General Terms and Conditions for LagoBook (version 3.2), reproduced below, which form an integral part of it. At the Customer's request, all amounts are stated and payable in Chinese Yuan (CNY).
H:Part A - Order details
P:A.1 Services ordered: LagoBook booking engine and property management system for 64 lodge rooms and 18 lakeside cabins; channel manager connected to Ctrip, Fliggy and Meituan; online payment module for WeChat Pay and Alipay; onboarding, data migration from the Customer's current spreadsheets and configuration; staff training on site at Kanas.
P:A.2 Subscription Term: thirty-six (36) months from the Go-Live Date (Art. 4).
P:A.3 Charges (amounts in CNY, including PRC value-added tax):
TB:Item|Basis|Unit price (CNY)|Quantity|Amount (CNY)
TB:Booking engine and property management subscription|per month|7,600|36 months|273,600
TB:Channel manager (three online travel agencies)|per month|2,150|36 months|77,400
TB:Online payment module|per month|900|36 months|32,400
TB:Onboarding, data migration and configuration|one-off|46,000|1|46,000
TB:On-site staff training at Kanas|one-off|14,800|1|14,800
TB:Total Contract Value|||| 444,200
P:A.4 Invoicing: monthly charges are invoiced quarterly in arrears; one-off charges are invoiced after Go-Live Acceptance. Invoices are payable within thirty (30) days. No amount is payable in advance.
P:A.5 Target Go-Live Date: 20 May 2026, before the summer season. Hosting: Alibaba Cloud, Beijing region (mainland China), approved as sub-processor by signature of this Order Form.
P:A.6 Customer contacts: front-office manager (operations); finance manager (invoices).
H:Part B - General Terms and Conditions
H:Art. 1 (Definitions)
P:1 - "Customer Data" means all data entered into or generated by the Services for the Customer, including guest names, identity document numbers, contact details, stays, rates and payments.
P:2 - "Incident" means any failure of the Services; a "Priority 1 Incident" is one that prevents the Customer from taking or managing bookings or checking guests in or out.
H:Art. 2 (Object)
P:1 - The Supplier shall provide the Services described in the Order Form as a software service accessible over the internet, together with the onboarding and training services listed in it.
P:2 - The Supplier shall keep the Services compatible with the channel interfaces of the online travel agencies named in the Order Form and shall inform the Customer in advance of any change that affects its operations.
H:Art. 3 (Term and renewal)
P:1 - The Order Form enters into force on signature and remains in force for the Subscription Term.
P:2 - At the end of the Subscription Term the Order Form is renewed for successive periods of twenty-four (24) months at the same charges, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current period. Any change to the charges requires a written amendment signed by both parties.
H:Art. 4 (Onboarding and Go-Live Acceptance)
P:1 - The Supplier shall complete the onboarding, data migration and configuration, and make the Services ready for acceptance, by the Target Go-Live Date.
P:2 - Go-Live Acceptance tests shall verify that: (a) every room and cabin type, rate plan and season calendar has been configured as agreed; (b) fifty test bookings made through each connected channel appear in the system within sixty seconds and update availability on all other channels; (c) test payments through WeChat Pay and Alipay are reconciled with the booking records without difference; (d) the migrated future bookings match the Customer's records one by one; (e) the night audit and the daily revenue report run correctly for three consecutive days.
P:3 - When the tests are passed, the parties sign a Go-Live Acceptance certificate and the date of signature is the Go-Live Date. Operational use of the Services before the certificate is signed does not constitute acceptance.
P:4 - If the Services are not ready for acceptance by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 300 per day of delay, up to CNY 15,000, without prejudice to Art. 13.
H:Art. 5 (Charges and payment)
P:1 - The charges are those stated in the Order Form and are fixed for the Subscription Term.
P:2 - The Customer may deduct from any invoice the service credits due under Art. 6 and the delay amounts due under Art. 4.
H:Art. 6 (Service levels)
P:1 - The Supplier shall make the Services available at least 99.95% of the time in each calendar month, excluding maintenance windows announced at least five days in advance and scheduled between 01:00 and 05:00 Beijing time.
P:2 - The Supplier shall respond to a Priority 1 Incident within thirty (30) minutes and restore the Services within three (3) hours; other Incidents shall receive a response within two (2) business hours and a fix or workaround within two business days.
P:3 - If monthly availability falls below the level in paragraph 1, the Supplier shall grant a service credit of 5% of the monthly charges for that month, rising to 10% below 99.5% and to 20% below 99%. Each late response to a Priority 1 Incident gives a further credit of 2% of the monthly charges.
H:Art. 7 (Customer Data and data protection)
P:1 - Customer Data belongs to the Customer. The Supplier processes it only on the Customer's instructions and only to provide the Services, and shall not use it for any other purpose, including in anonymised, aggregated or statistical form.
P:2 - Customer Data is stored and processed only in mainland China, in the hosting region named in the Order Form. The Supplier shall apply encryption in transit and at rest, role-based access with multi-factor authentication, daily back-ups kept for thirty days and logging of all administrative access, and shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.
P:3 - The Supplier shall notify the Customer of any personal-data breach within twenty-four (24) hours of becoming aware of it, shall assist the Customer with its notification duties, and shall be liable for the damage caused by a breach attributable to it or its sub-processors.
P:4 - At the end of the Subscription Term, the Supplier shall return all Customer Data in a commonly used format within thirty days and then delete it, confirming the deletion in writing.
H:Art. 8 (Intellectual property)
P:1 - The LagoBook software and its documentation remain the property of the Supplier.
P:2 - Booking-page designs, templates, rate structures, reports and other materials created specifically for the Customer belong to the Customer, who may use, modify and license them freely, including after the end of the Subscription Term.
H:Art. 9 (Confidentiality)
P:1 - Each party shall keep confidential the other party's non-public information, including prices, occupancy and guest information, and shall not disclose it without the other party's prior written consent, during the term and for five years after it.
H:Art. 10 (Subcontracting)
P:1 - Apart from the hosting provider approved in the Order Form, the Supplier shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts of its subcontractors.
H:Art. 11 (Liability)
P:1 - The total liability of each party under the Order Form is limited to 150% of the Total Contract Value. This limit does not apply to wilful misconduct, gross negligence or breach of Art. 7 or Art. 9.
H:Art. 12 (Force majeure)
P:1 - Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, road closures caused by snow in the Kanas area or failures of public networks, provided that it notifies the other party promptly.
H:Art. 13 (Termination)
P:1 - Either party may terminate the Order Form by registered letter or e-mail if the other party commits a material breach and does not remedy it within thirty (30) days of being notified. Availability below 99% in two consecutive months is a material breach by the Supplier.
P:2 - On termination for the Supplier's breach, the Supplier shall refund any charges paid for the period after termination.
H:Art. 14 (Notices and language)
P:1 - Notices shall be in writing, in English, to the addresses in the Order Form.
H:Art. 15 (Applicable law and jurisdiction)
P:1 - The Order Form and these General Terms are governed by Portuguese law.
P:2 - The Judicial Court of the District of Faro shall have exclusive jurisdiction over any dispute arising from them, with express waiver of any other.
P:Signed in two originals, in Tavira and in Burqin, on the dates below.
P:For the Supplier: ____________________ (manager)      For the Customer: ____________________ (legal representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# H177E03 — laver farm at Rudong, water-temperature sensors + maintenance; integrator on the Isla de Ons, buyer's
#           paper — .pdf, "Article N", compliant
# ---------------------------------------------------------------------------------------------------------------
H177E03 = """
T:SEA-WATER TEMPERATURE MONITORING CONTRACT
P:Supply, installation and maintenance of sensors for the laver rafts off Rudong
P:Contract No.: HYZC-2025-031
P:Buyer: Rudong Haiyun Laver Aquaculture Co., Ltd., Yangkou Port Economic Zone, Rudong County, Nantong, Jiangsu Province, PRC (the "Buyer").
P:Supplier: Ons Marine Sensing, S.L., a Spanish company with registered office at Casa do Faro, Illa de Ons, 36988 Bueu, Pontevedra, Spain, tax number B-36925417 (the "Supplier").
P:The Buyer farms Porphyra laver on floating rafts in the tidal flats off Rudong. To protect the seedlings and the autumn and winter harvests, it needs continuous water-temperature and salinity readings across its sea area. Following the Buyer's invitation to tender, the parties agree as follows. This Contract is prepared on the Buyer's standard form; at the Buyer's request all prices are in Chinese Yuan (CNY).
H:Article 1 Scope
P:1.1 The Supplier shall supply, deliver DDP to the Buyer's base at Yangkou Port, install on the laver rafts, configure and commission a sea-water temperature monitoring system comprising the equipment in Article 2, the monitoring platform software and its integration with the Buyer's farm management system, and shall train the Buyer's staff.
P:1.2 The Supplier shall provide warranty service and, if ordered under Article 8, post-warranty maintenance.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,430,000, fixed, including delivered duty paid, PRC import duties and value-added tax, installation at sea, boats and travel. It is broken down as follows:
P:(a) buoy-mounted temperature and salinity sensor nodes: 120 units x CNY 6,800 = CNY 816,000;
P:(b) LoRaWAN gateways on shore and on the two work platforms: 6 units x CNY 24,500 = CNY 147,000;
P:(c) solar power and mounting kits: 126 sets x CNY 1,150 = CNY 144,900;
P:(d) monitoring platform licence (perpetual, installed on the Buyer's server): CNY 168,000;
P:Equipment and Licence Subtotal, items (a) to (d): CNY 1,275,900;
P:(e) installation at sea, configuration and commissioning: CNY 132,600;
P:(f) training of the Buyer's technicians and raft supervisors: CNY 21,500.
H:Article 3 Payment
P:3.1 10% of the Contract Price within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in the PRC.
P:3.2 55% of the Contract Price after all equipment has been delivered and installed and the parties have signed the Installation Certificate. The Installation Certificate records quantities and positions only and is not acceptance.
P:3.3 35% of the Contract Price within twenty days after the Final Acceptance Certificate.
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment within seventy days after signature and complete installation before 31 August 2025, ahead of the seedling season.
P:4.2 If the Supplier is late in delivery or installation for reasons for which it is responsible, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 Work at sea is carried out only in weather and sea conditions approved by the Buyer's safety officer. Days lost to weather warnings issued by the Rudong meteorological authorities extend the installation period.
P:4.4 Each consignment shall be packed for sea freight and for storage at an open quay, marked with the contract number and a packing list. Risk of loss passes to the Buyer when the equipment has been installed on the rafts and recorded in the Installation Certificate; until then the Supplier bears the risk, including loss at sea during installation.
H:Article 5 Acceptance
P:5.1 After installation, the system shall run for thirty days of trial operation. Final acceptance requires that: (a) every sensor node reads within plus or minus 0.1 degrees Celsius of the Buyer's calibrated reference thermometer at the ten comparison points chosen by the Buyer; (b) no node misses more than two scheduled ten-minute readings on any day of the trial; (c) temperature alarms reach the raft supervisors' phones within three minutes; (d) the readings are transferred to the Buyer's farm management system and agree with the platform records; (e) all manuals, calibration certificates and configuration files have been handed over.
P:5.2 If the criteria are met, the parties sign the Final Acceptance Certificate. Otherwise the Supplier shall correct the defects within fifteen days and the trial shall be repeated. Use of the readings by the Buyer during the trial is not acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace free of charge any equipment or software that fails for reasons other than misuse or force majeure, including loss of nodes through storms, at the Supplier's cost up to five nodes per year.
P:6.2 The Supplier shall keep a stock of twelve spare nodes at the Buyer's base during the warranty period.
H:Article 7 Service Levels
P:7.1 A Severity 1 fault means loss of readings from more than ten nodes or failure of the monitoring platform. The Supplier shall respond to a Severity 1 fault within one (1) hour, remotely or by telephone, and shall have a technician on site within twenty-four hours, sea conditions permitting. Other faults shall receive a response within one business day.
P:7.2 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800; for each day by which the on-site attendance is late, CNY 2,000. The Buyer may deduct these amounts from any payment due.
H:Article 8 Post-Warranty Maintenance
P:8.1 After the warranty period the Buyer may order maintenance for the third, fourth and fifth years after final acceptance. The annual maintenance fee is fixed at 9.5% of the Equipment and Licence Subtotal, i.e. CNY 121,210.50 per year, and shall not be increased during those three years.
P:8.2 Maintenance covers two preventive visits per year, recalibration of all nodes before each seedling season, battery replacement, software updates and the service levels in Article 7. Maintenance is ordered by written confirmation for each year and is not renewed automatically.
H:Article 8A Training and Documentation
P:8A.1 The Supplier shall train six technicians and twelve raft supervisors of the Buyer at Yangkou Port, in Chinese, for at least three days, covering node installation and recovery from the rafts, battery and sensor replacement, calibration checks, alarm settings and the use of the monitoring platform.
P:8A.2 The Supplier shall deliver operating and maintenance manuals in Chinese and English, calibration certificates for every node traceable to a national or international standard, and the as-installed raft map, in two printed copies and in electronic form.
H:Article 9 Buyer Data and Security
P:9.1 All readings, positions, alarms and other data produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The monitoring platform is installed on the Buyer's server in Rudong and Buyer Data shall not be transferred outside the PRC. The Supplier's remote access requires the Buyer's approval for each session, uses an account issued by the Buyer and is logged. The Supplier shall comply with the PRC Data Security Law and Cybersecurity Law.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within twelve hours, take immediate remedial measures and compensate the Buyer for losses caused by incidents attributable to the Supplier.
H:Article 10 Intellectual Property
P:10.1 Configurations, alarm rules, reports and interface programs developed for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver them with source code.
P:10.2 The platform software and the node firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's raft layout, yields and prices, and shall not disclose it to any third party without prior written consent, for five years after the end of this Contract.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Boats and crews for installation shall be hired only from operators approved in writing by the Buyer.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the liquidated damages under Article 4.2 reach their maximum.
H:Article 13A Force Majeure
P:13A.1 Neither party is liable for delay caused by typhoons, storm surges, sea ice or other events beyond its reasonable control, provided that it informs the other party within five days and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, the parties shall agree on a new schedule or on termination with payment for the work done.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong.
P:Annex 1: Technical specification. Annex 2: Raft map and node positions. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# H177E04 — shoe e-commerce firm in Fuzhou, managed IT + desktop support; provider on Espalmador, Spanish house
#           style — .md, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H177E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**Reference:** ESP-MSA-2025-062

In Espalmador (Formentera, Balearic Islands), on ___ July 2025.

## PARTIES

**ESPALMADOR IT SERVICES, S.L.**, a Spanish limited liability company with registered office at Caseta del Pas, Illa de s'Espalmador, 07871 Formentera, Balearic Islands, Spain, tax number B-16702859, acting in China through its wholly owned subsidiary Espalmador IT Services (Fuzhou) Co., Ltd., represented by Ms. Marta Ferrer Costa, managing director (the **"Provider"**).

**FUZHOU MINJIANG FOOTWEAR E-COMMERCE CO., LTD.**, a company incorporated in the People's Republic of China, unified social credit code 91350100MA34R8WJ6E, with registered office at Building 3, Haixi Science Park, Minhou County, Fuzhou, Fujian Province, represented by Mr. Chen Hao, general manager (the **"Customer"**).

## RECITALS

I. The Customer sells shoes online through its own web shop and through third-party platforms, with 260 staff at its Fuzhou head office, its warehouse in Minhou and its photo studio in Cangshan.

II. The Provider manages IT environments for small and mid-sized companies and has a delivery team in Fuzhou.

III. At the Customer's request, all charges under this Agreement are stated and payable in Chinese Yuan (CNY).

The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 **"Services"** means the managed IT services described in Clause 2. **"Service Commencement Date"** means the date on which the Customer signs the Transition Acceptance certificate under Clause 4.

1.2 **"Priority 1 Incident"** means an incident that stops order processing, the warehouse management system, the payment interfaces or the work of more than twenty users.

## 2. SERVICES

2.1 The Provider shall provide: (a) a service desk by telephone, chat and e-mail, from 08:00 to 22:00 every day, including weekends during the platform sales festivals; (b) desktop and laptop support for up to 260 users, including remote support, on-site support in Fuzhou and device set-up; (c) management of 14 servers, the local network and the Wi-Fi of the three sites; (d) patch management, antivirus and back-up monitoring; (e) one on-site engineer at the head office on working days.

2.2 The Services are provided by the Provider's Fuzhou subsidiary named above, which the Customer approves by signing this Agreement.

## 3. TERM AND CHARGES

3.1 This Agreement has a minimum term of twenty-four (24) months from the Service Commencement Date (the **"Minimum Term"**). It expires at the end of the Minimum Term and does not renew automatically; any extension requires a written agreement.

3.2 The charges are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Service desk and desktop support, 260 users x CNY 210 | per month | 54,600 |
| Server, network and security management | per month | 11,800 |
| Monthly charge | per month | 66,400 |
| Monthly charges for the Minimum Term | 24 months | 1,593,600 |
| Transition and onboarding (one-off) | one-off | 38,000 |
| **Total contract value** | | **1,631,600** |

3.3 Monthly charges are invoiced monthly in arrears and the transition charge is invoiced after Transition Acceptance. Invoices are payable within thirty (30) days. Nothing is payable in advance. All charges include PRC value-added tax.

## 4. TRANSITION

4.1 The Provider shall take over the IT environment from the Customer's current supplier within forty-five (45) days after signature, following the transition plan in Schedule 1.

4.2 Transition Acceptance requires that: (a) all 260 users and their devices are recorded in the Provider's asset register and reconciled with the Customer's list; (b) every server has a tested back-up and restore; (c) the service desk has handled a two-week pilot without unresolved Priority 1 Incidents; (d) the run-books and passwords are documented in the Customer's vault. The Customer signs the Transition Acceptance certificate when all criteria are met; taking services from the Provider before that date is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay, up to CNY 36,000.

## 5. SERVICE LEVELS

5.1 Response and resolution targets:

| Priority | Response | Resolution |
|---|---|---|
| Priority 1 | 30 minutes | 6 hours |
| Priority 2 | 2 hours | 1 business day |
| Priority 3 | 8 business hours | 3 business days |

5.2 Managed servers shall be available at least 99.95% of each month, excluding agreed maintenance windows.

5.3 If a target is missed, the Provider shall credit 3% of the monthly charge for each late Priority 1 response or resolution and 1% for each other missed target, up to 20% of the monthly charge per month. Service credits are shown on the next invoice.

5.4 The Provider shall deliver a monthly service report within five business days after the end of each month, showing tickets by priority, targets met and missed, service credits, asset changes and recommended improvements, and shall attend a monthly service review with the Customer's IT manager.

## 6. CUSTOMER DATA AND SECURITY

6.1 All data on the Customer's devices, servers and systems, including orders, customer personal information, designs and photographs (**"Customer Data"**), belongs to the Customer. The Provider shall use Customer Data only to perform the Services.

6.2 The Provider shall access Customer systems only through named accounts with multi-factor authentication, shall log administrative actions, shall not copy Customer Data to its own systems, shall wipe storage media before disposal with a certificate, and shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve (12) hours, assist in containing it and compensate the Customer for losses caused by incidents attributable to the Provider.

6.4 The Provider shall keep the back-ups of the Customer's servers in the Customer's own storage in Fuzhou and shall test a restore of each critical system at least once per quarter, reporting the result in the monthly service report.

## 7. INTELLECTUAL PROPERTY

7.1 Scripts, configurations, run-books, reports and documentation created for the Customer under this Agreement belong to the Customer, who may use, modify and hand them to any successor provider.

7.2 The Provider's own monitoring and ticketing tools remain its property; the Customer receives a licence to use them during the term.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including sales data, supplier terms and security configurations, and shall not disclose it to third parties without written consent. This obligation continues for three (3) years after the end of this Agreement.

## 9. STAFF AND SUBCONTRACTING

9.1 Apart from the subsidiary named in Clause 2.2, the Provider shall not subcontract any part of the Services without the Customer's prior written consent.

9.2 The Provider's engineers shall follow the Customer's site and security rules. The Customer may request the replacement of any engineer for good reason.

9.3 The Customer shall give the Provider's engineers access to its premises, systems and users as reasonably required, shall keep its own software licences valid, and shall inform the Provider in advance of new offices, systems or large changes in the number of users. Changes to the scope of the Services are agreed through a written change request, with any change in the charges stated in it.

## 10. LIABILITY

10.1 The Provider's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, revenue or goodwill, or for any indirect loss.

## 11. DURATION AND TERMINATION

11.1 This Agreement may not be terminated by the Customer before the end of the Minimum Term, for any reason other than the Provider's insolvency or liquidation. In the event of any breach by the Provider, the Customer's remedies are the service credits under Clause 5 and damages within the limits of Clause 10; the Customer shall not be entitled to terminate this Agreement on account of such breach.

11.2 The Provider may suspend the Services or terminate this Agreement if any undisputed invoice remains unpaid for sixty (60) days after a written reminder.

11.3 On expiry or termination, the Provider shall hand over all documentation, passwords and Customer Data to the Customer or its new provider and shall give reasonable exit assistance for up to thirty (30) days at the rates in Schedule 2.

## 12. APPLICABLE LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules then in force. The award is final and binding on both parties.

## 13. FINAL PROVISIONS

13.1 This Agreement is executed in English and Chinese; both versions are equally authentic.

13.2 Any amendment must be in writing and signed by both parties.

And in proof of conformity, the parties sign this Agreement in duplicate, in the place and on the date indicated above.

For the Provider: ____________________ Marta Ferrer Costa

For the Customer: ____________________ Chen Hao
"""

# ---------------------------------------------------------------------------------------------------------------
# H177E05 — cotton exporter in Xinjiang, origin-traceability API subscription + integration; vendor on Formentera,
#           Spanish house style — .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H177E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
TraceOrigen Cotton Origin-Traceability API

In Sant Francesc Xavier (Formentera), on ___ August 2025.

BETWEEN

FORMENTERA TRACEABILITY LABS, S.L., a Spanish limited liability company with registered office at Carrer de Jaume I, 14, 07860 Sant Francesc Xavier, Formentera, Balearic Islands, Spain, tax number B-05618342, represented by Mr. Vicent Ferrer Ribas, acting as managing director (the "Vendor"),

AND

XINJIANG BAIYUN COTTON IMPORT AND EXPORT CO., LTD., a company incorporated in the People's Republic of China, unified social credit code 91652900MA78T3QX1B, with registered office at No. 66 Tuanjie Road, Aksu, Xinjiang Uygur Autonomous Region, represented by Mr. Wang Jianguo, acting as general manager (the "Customer").

The parties recognise each other's capacity to enter into this Agreement and

STATE

I. That the Vendor operates TraceOrigen, a cloud platform and application programming interface (API) that links cotton bales to the fields, ginning mills and warehouses they come from and issues verifiable origin records for each export lot.

II. That the Customer buys seed cotton and lint from farms and ginning mills in the Aksu region and exports cotton lint and yarn, and its foreign buyers ask for bale-level origin records.

III. That, at the Customer's request, all fees under this Agreement are stated and payable in Chinese Yuan (CNY).

Accordingly, the parties agree as follows.

§ 1 Subject matter

(1) The Vendor shall provide the Customer with access to the TraceOrigen API and the Origin Certificate module as a subscription service (the "Subscription Services").

(2) The Vendor shall also build and commission the integration between TraceOrigen and the Customer's systems (the "Integration Services"): a connector to the Customer's ERP system, a mobile data-capture application for the twenty-two ginning mills that supply the Customer, and the mapping of the Customer's bale labels and lot numbers to TraceOrigen identifiers (together, the "Integration Deliverables").

§ 2 Definitions

(1) "Customer Data" means all data submitted to the Subscription Services by or for the Customer, including farm and plot locations, ginning-mill records, bale identifiers, weights, quality grades, warehouse movements and buyer names.

(2) "Severity 1 Incident" means a failure of the API or the Origin Certificate module that prevents the Customer from registering bales or issuing origin records.

(3) "Integration Acceptance" means the signature of the certificate described in § 6 (3).

§ 3 Term

(1) The subscription term is twenty-four (24) months from Integration Acceptance (the "Subscription Term").

(2) This Agreement does not renew automatically. Any renewal requires a new written order agreed by both parties.

§ 4 Fees

(1) The fees are as follows:
(a) TraceOrigen API subscription, up to 600,000 calls per month: CNY 318,000 per subscription year, CNY 636,000 for the Subscription Term;
(b) Origin Certificate module: CNY 48,000 per subscription year, CNY 96,000 for the Subscription Term;
(c) Integration Services, one-off: CNY 214,000.
The total contract value is CNY 946,000, including PRC value-added tax.

(2) Calls above the monthly volume are charged at CNY 0.08 per call and invoiced quarterly in arrears.

§ 5 Payment

(1) Within ten (10) days after signature, and before any work starts, the Customer shall pay the Integration Services fee in full together with the fees for the first subscription year, i.e. CNY 580,000.

(2) The fees for the second subscription year are invoiced on the first day of that year and are payable within thirty (30) days.

(3) Fees paid are not refundable, except as provided in § 13 (2).

§ 6 Integration and acceptance

(1) The Vendor shall complete the Integration Services within ninety (90) days after receipt of the payment under § 5 (1). The Customer shall give the Vendor access to its ERP test environment and arrange visits to the ginning mills.

(2) The acceptance tests shall show that: (a) five hundred sample bales chosen by the Customer are traced end to end, from plot to export lot, without break; (b) lot weights in TraceOrigen reconcile with the Customer's ERP records without difference; (c) an origin record for a full export lot is issued within ten seconds; (d) the API handles fifty calls per second for one hour without error; (e) the data-capture application works offline and synchronises when the mill is back online.

(3) When all tests are passed, both parties sign the Integration Acceptance certificate. Use of the Subscription Services in production before that date does not constitute acceptance. Failed tests are repeated within ten days at the Vendor's cost.

(4) If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay CNY 700 for each day of delay, up to CNY 35,000.

§ 7 Service levels

(1) The Vendor shall make the API and the Origin Certificate module available at least 99.95% of each calendar month, excluding maintenance announced three days in advance.

(2) The Vendor shall respond to a Severity 1 Incident within one (1) hour, at any time, and shall work on it continuously until it is resolved. Other incidents receive a response within one business day.

(3) If monthly availability falls below the level in paragraph (1), the Customer receives a service credit of 5% of the monthly share of the subscription fees, 10% below 99.5% and 25% below 99%. Each late response to a Severity 1 Incident gives a credit of 2%. Credits are deducted from the next invoice or, at the end of the term, refunded.

§ 8 Customer Data

(1) Customer Data belongs to the Customer.

(2) The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Data in anonymised and aggregated form, during and after the Subscription Term, to train and improve its origin-verification models and to publish regional cotton-sourcing benchmarks, provided that neither the Customer nor its suppliers can be identified.

(3) The Subscription Services are hosted in a data centre in mainland China operated by Tencent Cloud, which the Customer approves as sub-processor by signing this Agreement. Customer Data is not transferred outside mainland China. The Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, keeps access logs for one hundred and eighty days and complies with the PRC Data Security Law, Cybersecurity Law and Personal Information Protection Law.

(4) The Vendor shall notify the Customer of any security incident affecting Customer Data within forty-eight (48) hours, take all necessary remedial measures and be liable for the damage caused by incidents attributable to it.

(5) At the end of the Subscription Term the Vendor shall return Customer Data in CSV format and delete it from the platform within thirty days, without prejudice to paragraph (2).

§ 9 Intellectual property

(1) TraceOrigen, its API, documentation and models are the property of the Vendor.

(2) The Integration Deliverables, including the ERP connector, the data-capture application, the mapping tables and all scripts, are and remain the property of the Vendor, even where they have been developed specifically for the Customer. The Customer receives a non-exclusive, non-transferable licence to use them during the Subscription Term only, and shall not modify them or allow third parties to do so.

§ 10 Confidentiality

(1) Each party shall keep confidential the other party's non-public information, including prices, supplier lists and buyer names, and shall not disclose it to any third party without prior written consent.

(2) This obligation remains in force for five (5) years after the end of this Agreement.

§ 11 Subcontracting

(1) Except for the hosting provider approved in § 8 (3), the Vendor shall not subcontract any part of the Integration Services or the Subscription Services without the Customer's prior written consent.

(2) The Vendor is responsible for its subcontractors as for itself.

§ 12 Liability

(1) The total liability of each party under this Agreement is limited to one and a half times the total contract value stated in § 4 (1).

(2) The limit does not apply to wilful misconduct, gross negligence, breach of § 8 (3) and (4) or breach of § 10.

§ 13 Termination

(1) Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days of written notice.

(2) If the Customer terminates under paragraph (1), the Vendor shall refund the subscription fees paid for the period after termination and, if Integration Acceptance has not been reached, the Integration Services fee.

§ 13a Force majeure

(1) Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public telecommunication networks, provided that it notifies the other party without delay and does its best to limit the consequences. Failures of the Vendor's own hosting provider are not force majeure.

§ 14 Applicable law and disputes

(1) This Agreement is governed by the laws of the People's Republic of China.

(2) Any dispute arising from this Agreement shall be finally settled by arbitration administered by the Shanghai International Arbitration Center, seated in Shanghai, in English or Chinese.

§ 15 Final provisions

(1) Amendments to this Agreement must be made in writing and signed by both parties.

(2) If any provision is invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one of similar effect.

And in witness whereof, the parties sign this Agreement in two copies, in the place and on the date first written above.

For the Vendor: ______________________     For the Customer: ______________________
Vicent Ferrer Ribas                         Wang Jianguo
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, price sums, labels, policy re-check
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h177z01": ("h177z01_civil_affairs_marriage_registration_system.docx", "docx", H177Z01),
    "h177z02": ("h177z02_bearing_plant_ring_gauging_line_maintenance.pdf", "pdf", H177Z02),
    "h177z03": ("h177z03_bakery_chain_store_ordering_saas.md", "md", H177Z03),
    "h177z04": ("h177z04_county_tourism_platform_annual_om.txt", "txt", H177Z04),
    "h177z05": ("h177z05_chilli_sauce_scm_licence_supplier_template.md", "md", H177Z05),
    "h177e01": ("h177e01_narcissus_greenhouse_control_licence_es_vendor.txt", "txt", H177E01),
    "h177e02": ("h177e02_kanas_lodge_reservation_saas_order_form_pt_vendor.docx", "docx", H177E02),
    "h177e03": ("h177e03_rudong_laver_water_temperature_sensors.pdf", "pdf", H177E03),
    "h177e04": ("h177e04_fuzhou_shoe_ecommerce_managed_it_desktop.md", "md", H177E04),
    "h177e05": ("h177e05_cotton_origin_traceability_api_subscription.txt", "txt", H177E05),
}


def check_sums():
    # z01: Word price table
    z01_hw = 860_000 + 259_000 + 86_800 + 192_000 + 148_000
    assert 14 * 18_500 == 259_000 and 14 * 6_200 == 86_800 and 2 * 96_000 == 192_000
    assert z01_hw == 1_545_800 and z01_hw + 236_000 + 184_000 + 97_200 == 2_063_000
    assert 20 + 45 + 35 == 100 and round(z01_hw * 0.08) == 123_664
    # z02
    assert 2 * 486_000 == 972_000 and 2 * 138_000 == 276_000 and 2 * 64_000 == 128_000
    z02_eq = 972_000 + 276_000 + 128_000 + 215_000 + 46_000 + 88_000
    assert z02_eq == 1_725_000 and z02_eq + 94_000 + 16_000 == 1_835_000 and z02_eq * 26 // 100 == 448_500
    # z03
    assert 186 * 1_680 * 3 == 937_440 and 96_000 * 3 == 288_000 and 937_440 + 288_000 + 138_000 == 1_363_440
    # z04
    assert 148_000 + 96_000 + 62_000 + 48_000 + 32_000 == 386_000
    # z05
    assert 460_000 + 318_000 + 96_000 + 18_000 == 892_000 and 50 + 45 + 5 == 100
    # e01
    assert 720_000 + 268_000 + 74_000 + 26_000 == 1_088_000
    # e02
    assert 7_600 * 36 == 273_600 and 2_150 * 36 == 77_400 and 900 * 36 == 32_400
    assert 273_600 + 77_400 + 32_400 + 46_000 + 14_800 == 444_200
    # e03
    assert 120 * 6_800 == 816_000 and 6 * 24_500 == 147_000 and 126 * 1_150 == 144_900
    e03_eq = 816_000 + 147_000 + 144_900 + 168_000
    assert e03_eq == 1_275_900 and e03_eq + 132_600 + 21_500 == 1_430_000
    assert e03_eq * 95 / 1000 == 121_210.5 and 10 + 55 + 35 == 100
    # e04
    assert 260 * 210 == 54_600 and 54_600 + 11_800 == 66_400 and 66_400 * 24 == 1_593_600
    assert 1_593_600 + 38_000 == 1_631_600 and 1_200 * 30 == 36_000
    # e05
    assert 318_000 * 2 == 636_000 and 48_000 * 2 == 96_000 and 636_000 + 96_000 + 214_000 == 946_000
    assert 214_000 + 318_000 + 48_000 == 580_000


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


def extra(sla, ld_stated, deemed, value, capped=None):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


# key -> (language, category, terms, extra, planned rules, forum outside mainland China, TCO fee base)
LABELS = {
    "h177z01": ("zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                      False, "PRC", "goods_or_licence"),
                extra(True, True, False, 2063000, capped=True), [], False, 1545800),
    "h177z02": ("zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26, False, True,
                      False, "PRC", "goods_or_licence"),
                extra(True, True, False, 1835000, capped=True),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], False, 1725000),
    "h177z03": ("zh", "cloud",
                terms(99.5, 0.5, True, "buyer", True, False, True, 1000 / 1363440 * 100, 200, None, True, None,
                      None, None, True, True, False, "PRC", "service"),
                extra(True, True, False, 1363440),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, None),
    "h177z04": ("zh", "services",
                terms(None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                      True, "PRC", "service"),
                extra(True, True, False, 386000), ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"], False, None),
    "h177z05": ("zh", "software",
                terms(None, 8, False, "supplier", True, True, True, 0.01, 20, 50, False, False, 6, None, False, True,
                      True, "PRC", "goods_or_licence"),
                extra(True, True, True, 892000, capped=False),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
                False, 460000),
    "h177e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, None, False, True,
                      False, "Spain", "goods_or_licence"),
                extra(True, True, False, 1088000, capped=False),
                ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"], True, 720000),
    "h177e02": ("en", "cloud",
                terms(99.95, 0.5, True, "buyer", True, True, True, 300 / 444200 * 100, 150, None, True, None, None,
                      None, False, True, False, "Portugal", "service"),
                extra(True, True, False, 444200), ["CR-GOVERNING-LAW"], True, None),
    "h177e03": ("en", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 9.5, False, True,
                      False, "PRC", "goods_or_licence"),
                extra(True, True, False, 1430000, capped=True), [], False, 1275900),
    "h177e04": ("en", "services",
                terms(99.95, 0.5, True, "buyer", True, True, True, 1200 / 1631600 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, False, False, "PRC", "service"),
                extra(True, True, False, 1631600), ["CR-LIABILITY-CAP", "CR-TERMINATION"], False, None),
    "h177e05": ("en", "cloud",
                terms(99.95, 1, True, "supplier", True, False, True, 700 / 946000 * 100, 150, 580000 / 946000 * 100,
                      True, None, None, None, False, True, False, "PRC", "service"),
                extra(True, True, False, 946000), ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-PREPAYMENT"],
                False, None),
}


def tco(value, warranty_months, fee_pct, base, horizon=5):
    """Policy §4: purchase + implementation (= contract value) + post-warranty fees over the horizon from acceptance."""
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = years_after * fee_pct / 100 * base
    return value + fees, fees / (value + fees) * 100


def policy_rules(t, x, forum_outside, base):
    """Policy §3 re-applied to a label's terms (with the 'Where rules apply' readings)."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if pwf is not None and t["warranty_months"] is not None:
            if tco(x["contract_value"], t["warranty_months"], pwf, base)[1] > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def write_labels():
    for key, (lang, cat, t, x, planned, forum, base) in LABELS.items():
        got = policy_rules(t, x, forum, base)
        assert got == sorted(planned), (key, got, planned)
        assert (t["contract_kind"] == "goods_or_licence") == ("post_warranty_fee_capped" in x), key
        label = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": got}
        (OUT / (key + "_" + FILES[key][0].split("_", 1)[1].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        line = f"{key} {risk(got):6} {', '.join(r[3:] for r in got) or '(none)'}"
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            total, share = tco(x["contract_value"], t["warranty_months"], t["post_warranty_fee_pct"], base)
            line += f"  | TCO {total:,.2f} share {share:.2f} %"
        print(line)


# ---------------------------------------------------------------------------------------------------------------
# Read-back check: lengths and values on a threshold
# ---------------------------------------------------------------------------------------------------------------
THRESHOLD_PATTERNS = {
    "30 % (prepayment)": r"(?<![\d.])30\s*%|百分之三十",
    "4 hours (P1 response)": r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|h\b)|[四]个?小时|(?<!-)\bfour\s*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?",
    "99.9 % (availability)": r"99\.9(?![\d])",
    "0.05 %/day (LD)": r"0\.05\s*%|万分之五|0\.5\s*‰",
    "15 % (post-warranty fee)": r"(?<![\d.])15\s*%|百分之十五",
    "100 % (cap)": r"(?<![\d.])100\s*%|百分之百|百分之一百",
    "12 months (warranty)": r"(?<![\d.])12\s*(?:个月|months?\b|-month)|十二个月|twelve\s*(?:\(12\)\s*)?months?|一年|\bone\s*(?:\(1\)\s*)?year\b|\b1\s*year\b",
    "40 % (TCO share)": r"(?<![\d.])40\s*%|百分之四十",
}


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


def check():
    bad = 0
    for key, (name, kind, _src) in FILES.items():
        text = read_back(OUT / name)
        lang = LABELS[key][0]
        size = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        print(f"{name}: {len(text)} chars, " + (f"{size} non-space chars" if lang == "zh" else f"{size} words"))
        flat = re.sub(r"\s*\n\s*", " ", text)
        for what, pat in THRESHOLD_PATTERNS.items():
            for m in re.finditer(pat, flat, flags=re.I):
                bad += 1
                print(f"   ON THRESHOLD? {what}: ...{flat[max(0, m.start() - 40):m.end() + 20]}...")
    for key, (lang, cat, t, x, planned, forum, base) in LABELS.items():
        checks = [("prepayment_pct", 30), ("p1_response_hours", 4), ("availability_pct", 99.9),
                  ("ld_rate_per_day_pct", 0.05), ("post_warranty_fee_pct", 15), ("liability_cap_pct", 100),
                  ("warranty_months", 12)]
        for k, v in checks:
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                bad += 1
                print(f"   LABEL ON THRESHOLD: {key} {k} = {t[k]}")
        if t["post_warranty_fee_pct"] is not None:
            if abs(tco(x["contract_value"], t["warranty_months"], t["post_warranty_fee_pct"], base)[1] - 40) < 1e-9:
                bad += 1
                print(f"   LABEL ON THRESHOLD: {key} TCO share = 40")
    print("threshold hits:", bad)
    return bad


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    from word_pdf import write

    check_sums()
    for key, (name, kind, src) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    write_labels()
