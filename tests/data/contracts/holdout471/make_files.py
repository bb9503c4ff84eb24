"""holdout471: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept here; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
Checks: price sums, label -> expected rules by my own reading of policy.md section 3, coverage of all 20 CR rules,
no label on a threshold, no threshold figure in any text (read back and raw), text lengths read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:个人住房公积金贷款审批平台采购合同
P:合同编号：QZGJJ-ZFCG-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：清州市住房公积金管理中心　地址：清州市滨江路88号
P:乙方（供应商）：杭州启衡信息技术有限公司　地址：杭州市西湖区文三路277号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件（项目编号QZCG2025-0312）、乙方投标文件和中标通知书，甲乙双方就个人住房公积金贷款审批平台项目订立本合同，共同遵守。招标文件、投标文件、中标通知书均为本合同的组成部分；如有不一致，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供个人住房公积金贷款审批平台软件（V5.0）的永久使用许可，并完成贷款受理、额度测算、审批、放款、贷后管理等模块的定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：与市不动产登记中心的抵押登记接口，与征信系统的查询接口，与六家合作银行的放款及还款对账接口，贷款额度测算规则与审批规则配置，统计报表二十张。
P:1.3 乙方应派驻项目经理一名、开发及实施人员不少于六名，人员名单经甲方确认后不得擅自更换；确需更换的，应提前10日书面征得甲方同意，并由同等资历人员接替。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾肆万元整（¥2,340,000），为固定总价，含税，包括软件许可、开发、迁移、实施、培训、质保期内服务及差旅等一切费用。分项价格如下：
P:（1）平台软件许可费（永久许可，不限用户数）：¥1,180,000；
P:（2）定制开发费（接口、规则配置及报表）：¥860,000；
P:（3）历史数据迁移费：¥210,000；
P:（4）部署实施及培训费：¥90,000。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函及发票后10个工作日内支付合同总价的20%作为预付款，即¥468,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥1,053,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥819,000。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。财政资金支付审批所需时间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成开发、迁移和部署，并提交初步验收申请。
P:4.2 乙方应按甲方确认的实施计划推进，每两周提交进度报告；实施计划的调整须经甲方书面确认。
P:4.3 乙方应为甲方业务人员和系统管理员分别提供培训，培训后经考核合格的人员不少于四十名。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后，双方按招标文件技术要求逐项测试。验收标准为：（1）功能清单所列功能全部实现；（2）各接口联调通过，连续5个工作日对账无差异；（3）迁移数据经全量比对，贷款笔数、余额及还款记录与原系统一致；（4）在300个并发用户下，审批页面响应时间不超过3秒；（5）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收合格后系统试运行60日。试运行期间未发生一级故障且遗留问题全部整改完毕的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：系统月度可用率不低于99.95%（经甲方同意的计划内维护除外）。故障分级响应如下：一级故障（系统整体不可用或放款业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级问题2个工作日内解决。
P:6.3 乙方未达到上述服务水平的，一级故障每超时1小时支付违约金¥2,000；月度可用率每低于约定值0.01个百分点，支付违约金¥1,000，甲方可从应付款项中直接扣除。
P:6.4 质保期满后，甲方可委托乙方提供年度维护服务，年度维护费不超过平台软件许可费的10%，即每年不超过¥118,000，且在质保期满后三个服务年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、规则配置、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护，无需另行付费。
P:7.3 乙方保证所提供的软件不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的缴存职工个人信息、贷款数据、征信查询结果及系统日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方人员须经甲方审批后通过堡垒机访问系统，所有操作留痕；迁移工作在甲方机房内完成，测试数据由甲方脱敏后提供，不得将任何数据带离甲方网络。乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
H:第九条 保密
P:9.1 双方对履约中知悉的对方工作秘密、商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应负责免费整改；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，经双方盖章后生效。
P:甲方（盖章）：清州市住房公积金管理中心　　乙方（盖章）：杭州启衡信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2025年7月　日
"""

Z02 = """T:热连轧机组控制系统改造及维保合同
P:合同编号：JBGT-ZB-2025-0461
P:甲方（买方）：江北钢铁集团有限公司　地址：江北市钢城大道1号
P:乙方（卖方）：南京衡拓自动化工程有限公司　地址：南京市江宁区将军大道155号
P:鉴于甲方热轧厂1780热连轧机组的基础自动化系统运行已久、备件停产，甲方通过邀请招标选定乙方承担控制系统改造。双方经协商一致，订立本合同。
H:一、项目内容
P:（一）乙方负责精轧机组F1至F7及卷取区的基础自动化（L1）控制系统改造，包括PLC控制器及I/O、主传动变频控制柜、操作站、工控网络的供货，过程控制（L2）软件许可，厚度控制（AGC）及活套控制程序的定制开发，安装、调试、联调和培训。
P:（二）改造须利用甲方年度检修停机窗口完成，停机时间不得超过18日，停机计划由双方另行书面确认。
H:二、合同价格
P:（一）合同总价为人民币肆佰肆拾万元整（¥4,400,000），含税，为固定总价。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|1,260,000
TB:2|主传动变频控制柜改造|7面|1,480,000
TB:3|HMI操作站及工控机|8台|236,000
TB:4|过程控制（L2）软件许可|1套|420,000
TB:5|工控网络交换机及光纤环网|1套|118,000
TB:|软硬件小计||3,514,000
TB:6|AGC及活套控制程序定制开发|1项|560,000
TB:7|安装调试及联调|1项|286,000
TB:8|操作及维护培训|1项|40,000
TB:|合计||4,400,000
H:三、付款方式
P:（一）合同生效后15日内，甲方支付合同总价的10%作为预付款，即¥440,000。
P:（二）全部设备到货并经双方开箱清点签收后，甲方支付合同总价的50%，即¥2,200,000。到货签收仅确认数量与外观，不视为质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥1,540,000。
P:（四）剩余5%即¥220,000作为质量保证金，质保期满且无未处理质量问题后支付。
H:四、交货与工期
P:（一）设备应在合同生效后90日内交付至甲方热轧厂指定地点，运输、保险及卸车费用由乙方承担。
P:（二）停机改造完成后，乙方应在停机窗口结束前完成热负荷试车，保证机组按计划复产。
H:五、验收
P:（一）验收标准：1．全部I/O点逐点测试正确；2．连续轧制不少于2,000卷，厚度命中率（±30μm）不低于97%；3．控制系统连续72小时无故障运行；4．与L2系统及MES的接口数据一致；5．工控安全防护满足甲方工控安全管理要求。
P:（二）热负荷试车后进入为期60日的考核期，考核期内达到上述标准的，甲方出具最终验收证书。设备安装、投入生产或甲方付款均不构成验收合格。
P:（三）验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算，质保期内乙方免费维修、更换故障部件并提供软件升级。
P:（二）服务响应：一级故障（导致轧线停机）30分钟内远程响应，2小时内到达现场；二级故障（影响部分功能）2小时内响应，24小时内修复；三级故障5个工作日内处理。
P:（三）乙方到场或修复超过上述时限的，每超时1小时向甲方支付违约金¥3,000。
P:（四）质保期满后，乙方提供有偿维保服务，维保年费不超过软硬件小计的8%，即每年不超过¥281,120，该费用在质保期满后三个服务年度内固定不变；此后的调整须双方书面协商一致。
P:（五）乙方保证备件供应期限不少于十年。
H:七、知识产权
P:（一）乙方为本项目定制开发的AGC及活套控制程序、组态文件、接口程序及其源代码的知识产权归甲方所有，甲方可自行修改和使用，并可交由第三方维护。
P:（二）L2软件及设备内嵌软件的知识产权归原权利人所有，甲方享有永久使用许可。
H:八、数据安全
P:（一）机组运行数据、工艺参数、轧制模型数据及系统日志属于甲方所有，乙方仅为履行本合同使用，不得复制、带离或提供给任何第三方。
P:（二）乙方远程维护须经甲方逐次审批，通过工业防火墙及堡垒机接入，操作全程记录；乙方应保证所供设备和软件不含恶意代码。
P:（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对履约中获知的甲方工艺技术、生产计划和图纸资料负有保密义务，未经甲方书面同意不得披露；本条在合同终止后持续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）因乙方原因造成停机时间超过约定的，除支付前项违约金外，还应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:十一、分包
P:乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的第三方，分包前书面告知甲方即可；乙方对分包部分向甲方承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同并要求赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交江北仲裁委员会仲裁，仲裁裁决是终局的。
H:十三之一、项目管理、安全生产与不可抗力
P:（一）乙方应指派具有同类轧线改造经验的项目经理常驻现场，每周参加甲方组织的项目例会，提交周报，说明进度、问题和下周计划；改造停机期间，乙方项目经理和主要调试人员须全程在场。
P:（二）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业、高处作业、有限空间作业和停送电挂牌等管理制度，接受甲方三级安全教育，正确佩戴劳动防护用品。因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担责任。
P:（三）乙方应为现场施工人员办理工伤保险及意外伤害保险，并对所供设备在运输和安装期间的毁损灭失承担风险，直至到货签收。
P:（四）乙方应在最终验收前向甲方移交完整的技术资料，包括电气原理图、接线图、I/O清单、程序备份、参数清单、操作及维护手册，纸质版两套、电子版一套。
P:（五）合同履行期间，一方因不可抗力不能履行合同的，应及时通知对方，并在不可抗力事件结束后15日内提供证明，受影响部分的履行期限相应顺延。
P:（六）双方均应遵守反商业贿赂的规定，乙方不得向甲方人员提供任何形式的不正当利益，违反的，甲方有权解除合同。
P:（七）乙方应对甲方指定的电气、仪表维护人员进行系统培训，培训内容包括程序结构、故障诊断、备件更换和参数调整，培训结束后组织考核，确保甲方人员能够独立处理常见故障。
H:十四、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执二份。
P:甲方（盖章）：江北钢铁集团有限公司　　乙方（盖章）：南京衡拓自动化工程有限公司
P:授权代表：　　　　　　　　授权代表：
P:日期：2025年　月　日
"""

Z03 = """健身门店排课及会员管理SaaS服务合同

合同编号：LDJS-SaaS-2025-06
甲方（客户）：成都乐动健身管理有限公司（旗下23家门店）
地址：成都市高新区天府大道北段966号
乙方（服务商）：上海课栈网络科技有限公司
地址：上海市闵行区紫竹路318号

鉴于甲方拟统一旗下23家健身工作室的排课、预约、会员卡及私教课时管理，乙方提供“课栈”SaaS服务及实施，双方经协商订立本合同。

1. 服务内容
1.1 乙方向甲方23家门店开通“课栈”排课及会员管理SaaS服务，包括团课排课、会员在线预约、签到核销、会员卡及私教课时管理、储值与消费记录、教练绩效统计、经营报表等功能，以及会员端微信小程序。
1.2 乙方负责实施服务：历史会员数据迁移（约4.6万名会员）、门店与课程配置、小程序页面定制、与甲方门禁闸机的签到对接、店长及前台培训。
1.3 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。

2. 费用
2.1 SaaS服务费：每个服务年度¥204,400，其中门店版订阅费23家×¥6,800=¥156,400，会员小程序模块¥48,000。
2.2 实施费（一次性）：¥86,000，含数据迁移、配置、小程序页面定制、闸机对接及培训。
2.3 合同总价：三个服务年度服务费¥613,200加实施费¥86,000，合计¥699,200（含税）。
2.4 短信通知按实际发送量另行结算，不计入合同总价。

3. 付款方式
3.1 本合同不设预付款。
3.2 实施费在上线验收合格后15个工作日内一次性支付。
3.3 SaaS服务费按季度支付，每季度结束后15个工作日内，甲方根据乙方提交的服务报告支付该季度服务费¥51,100。

4. 实施与上线验收
4.1 乙方应在2025年9月30日前完成全部门店上线。
4.2 上线验收标准：（1）历史会员、卡项及剩余课时迁移后与甲方原系统逐门店核对一致；（2）23家门店排课、预约、签到、核销流程测试通过；（3）闸机签到对接后连续7日无漏记；（4）小程序页面按甲方确认的设计稿实现；（5）店长及前台培训完成并经考核。
4.3 达到上述标准后，甲方出具上线验收单。门店开始使用系统不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥700。

5. 服务水平
5.1 乙方保证SaaS服务月度可用率不低于99.5%，计划内维护应安排在凌晨1:00至6:00之间并提前3日通知。
5.2 故障响应：一级故障（全部门店无法预约或签到）30分钟内响应，2小时内恢复；二级故障（单一功能或部分门店异常）2小时内响应，8小时内恢复；其他问题1个工作日内答复。
5.3 服务补偿：月度可用率低于约定值的，乙方按当月服务费的5%给予服务抵扣；低于98%的，按当月服务费的10%抵扣。一级故障恢复超时的，每次抵扣¥1,000。服务抵扣在下一季度服务费中扣除。

6. 数据归属与数据安全
6.1 甲方会员的个人信息、消费记录、课时记录及经营数据均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云服务器，采取加密存储、传输加密、访问权限控制和操作日志审计等措施，每日备份，并符合《个人信息保护法》及网络安全等级保护第三级要求。
6.3 发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部损失，包括对会员的赔偿及监管处罚。
6.4 合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除服务器上的甲方数据。

7. 知识产权
7.1 “课栈”平台及其原有功能的知识产权归乙方所有。
7.2 乙方为甲方定制的小程序页面、课程模板、报表格式及闸机对接程序，知识产权归甲方所有，甲方可自行修改使用或交由第三方维护。

8. 保密
8.1 双方对在合作中知悉的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

9. 责任限制
9.1 乙方在本合同项下的累计赔偿责任，以甲方在索赔发生前六个月内已向乙方支付的服务费为限；但因乙方故意或数据安全事件造成的损失除外。

10. 续期
10.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
10.2 续期时乙方可根据市场情况上调SaaS服务费，每次上调幅度不超过8%，乙方应在服务期满前45日通知甲方调整后的价格。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

12. 合同解除
12.1 乙方严重违反本合同，经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方退还已付未使用期间的服务费。
12.2 甲方逾期付款超过60日，经乙方催告后仍未支付的，乙方可暂停服务。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议协商不成的，提交成都仲裁委员会仲裁。

13A. 培训、需求变更与不可抗力
13A.1 乙方应在上线前为23家门店的店长、前台及教练分批提供现场或线上培训，并提供操作手册和培训视频；服务期内甲方新开门店或人员变动的，乙方免费提供线上培训。
13A.2 服务期内，甲方提出的新增功能或页面修改，由双方评估工作量后书面确认，费用另行协商；乙方对平台的常规版本升级不另行收费，并应提前7日通知甲方升级内容，重大升级应安排在门店营业时间以外进行。
13A.3 乙方应为甲方指定专属客户经理，每季度与甲方召开一次服务回顾会，通报可用率、故障处理、工单统计及下一季度改进计划。
13A.4 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，受影响期间的履行责任可以免除，但乙方应尽力恢复服务并保障数据完整。
13A.5 本合同项下的通知以书面形式送达双方上述地址，或发送至双方指定的电子邮箱，发送成功即视为送达。

13A.6 乙方应按甲方要求提供门店经营报表的导出接口，便于甲方财务核对储值余额和课时消耗；甲方财务月结时，乙方应配合核对各门店的会员卡余额和私教课时余额，发现差异的，双方在5个工作日内查明原因。
13A.7 乙方应保证会员端小程序符合微信平台规则，因平台规则调整需要修改的，乙方应及时免费完成修改。

14. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都乐动健身管理有限公司（盖章）　　乙方：上海课栈网络科技有限公司（盖章）
授权代表：　　　　　　授权代表：
日期：2025年8月　日
"""

Z04 = """交通违法处理系统年度运维服务合同

项目编号：LCZFCG-2025-C-028（竞争性磋商）
甲方（采购人）：临川市公安局交通警察支队
乙方（成交供应商）：临川数安科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就交通违法处理系统年度运维服务订立本合同。磋商文件、响应文件及成交通知书是本合同的组成部分。

（1）服务范围
乙方负责甲方交通违法处理系统的运行维护，包括：现场违法处理子系统、非现场执法审核子系统、违法处理窗口终端（12个大队窗口共46台）、数据库与中间件、与上级交通管理综合应用平台及电子警察前端的接口，以及系统安全巡检和等级保护测评配合。

（2）服务期限
服务期自2025年3月1日起至2026年2月28日止。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。

（3）合同价款
合同总价为人民币柒拾陆万陆仟元整（¥766,000），含税，固定不变。分项如下：驻场运维人员2名，¥336,000；违法处理系统及非现场审核子系统软件维护，¥218,000；数据库及中间件维护，¥96,000；接口维护，¥64,000；安全巡检及等保测评配合，¥52,000。

（4）付款方式
服务费按季度支付。每季度服务期满且季度考核合格后，甲方在收到发票后15个工作日内支付该季度服务费¥191,500。季度考核得分低于80分的，按第（9）条扣减后支付。本合同不设预付款。

（5）服务内容与要求
5.1 乙方应在合同签订后7日内安排驻场人员到岗，工作时间为工作日8:30至18:00，节假日及重大活动期间安排值守。
5.2 乙方每日巡检系统运行状态、数据库空间、接口队列及备份情况，形成巡检记录；每月提交运维月报，每季度提交系统健康评估报告。
5.3 乙方负责系统缺陷修复及因交通管理业务规则调整引起的小规模功能修改（单次不超过10人日），并在修改上线前提交测试报告，经甲方确认后实施。
5.4 乙方每季度开展一次安全巡检，对发现的漏洞在甲方规定期限内完成加固，并配合甲方完成年度等级保护测评。

（6）服务水平
6.1 故障分级：一级故障为系统整体不可用或违法处理窗口全部无法办理业务；二级故障为单个子系统或部分大队窗口不可用；三级故障为个别功能异常。
6.2 响应时间：一级故障乙方在6小时内响应并开始处置；二级故障在8小时内响应；三级故障在2个工作日内处理完毕。
6.3 一级故障响应超时或24小时内未恢复的，每次扣减服务费¥2,000；二级故障处理超时的，每次扣减¥500。

（7）考核与验收
7.1 甲方按季度对乙方进行考核，考核内容包括：巡检记录完整率、故障按时响应及处理率、月报及评估报告提交情况、驻场人员出勤、安全加固完成情况，满分100分，80分以上为合格。
7.2 服务期满后，甲方根据四个季度考核结果及乙方提交的年度运维总结、系统文档和配置清单组织年度验收，出具书面验收意见。

（8）数据安全
8.1 系统中的违法记录、驾驶人及车辆信息、图片视频证据和日志均属于甲方所有，乙方人员仅为履行运维职责接触，不得查询与工作无关的数据，不得复制、下载或向任何第三方提供。
8.2 乙方驻场人员须通过政审并签署保密承诺书，运维操作一律通过甲方堡垒机进行，严禁使用个人移动存储介质，严禁将公安网设备接入互联网。
8.3 发生数据泄露或安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（9）违约责任
9.1 乙方未按期安排驻场人员到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
9.2 季度考核得分低于80分的，每低1分扣减该季度服务费的1%。
9.3 乙方在本合同项下对甲方承担的赔偿责任累计以合同总价的50%为限。

（10）保密
乙方对在服务中知悉的公安工作秘密、执法数据和系统技术资料负有保密义务，未经甲方书面同意不得以任何形式对外披露，本条在合同终止后持续有效。

（11）知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维文档和报告，其知识产权归甲方所有。

（12）转包与分包
乙方不得将本合同项下的服务转包或分包。

（13）合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期结算。

（14）争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14之一）人员管理
乙方驻场人员应具备数据库管理、系统运维和网络安全相关技能，名单及资格证明报甲方备案。乙方更换驻场人员须提前10日书面报甲方同意，并安排不少于5个工作日的交接；甲方认为驻场人员不能胜任的，可要求乙方在7日内更换。驻场人员应遵守甲方考勤、保密、着装和办公区域管理规定，服从甲方信息通信部门的工作安排。

（14之二）应急保障
乙方应制定系统故障、数据库损坏、网络中断及安全攻击的应急预案，报甲方审核后执行，每半年配合甲方开展一次应急演练并提交演练报告。在重大节假日、重大活动及上级检查期间，乙方应增派技术人员现场值守，确保违法处理窗口正常办理业务。

（14之三）文档与交接
乙方应建立完整的运维台账，包括设备清单、软件版本、配置参数、账号权限、变更记录和故障记录，每季度更新并报甲方。服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务商完成全部文档、账号和工作交接，交接期间不得中断服务，不得删除或带走任何资料。

（14之四）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商履行期限或部分免除责任。乙方在不可抗力期间仍应尽力采取措施，保障系统核心业务运行。

（14之五）廉洁
乙方不得向甲方工作人员提供任何形式的不正当利益，不得利用运维便利为任何单位或个人查询、修改、删除交通违法记录。一经发现，甲方有权解除合同，并依法移送有关机关处理。

（14之六）配合义务
甲方应为乙方驻场人员提供必要的办公场地、办公设备和公安网接入条件，及时提供系统账号、技术资料和业务规则变化的通知。上级交通管理部门下发新的数据标准或接口规范时，甲方应及时告知乙方，乙方应在规定时限内完成相应调整和联调测试，并向甲方提交变更说明。乙方在运维过程中发现系统存在设计缺陷或安全隐患的，应书面向甲方提出改进建议。

（14之七）服务报告
乙方每月5日前提交上月运维月报，内容包括系统运行情况、故障及处理结果、巡检发现的问题、数据库容量趋势和下月工作计划；甲方对月报有异议的，乙方应在3个工作日内说明或补正。

（15）其他
本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方（盖章）：临川市公安局交通警察支队
乙方（盖章）：临川数安科技服务有限公司
签订日期：2025年2月　日
"""

Z05 = """# 溯源云·生产追溯系统软件许可及定制开发合同

> 本合同为乙方标准合同文本（溯源云合同范本 V2.3），未列明事项以本文本为准。

- 合同编号：SYY-HT-2025-0918
- 甲方（买方）：桂川米线食品有限公司，地址：桂川市工业园区米粉路6号
- 乙方（卖方）：长沙溯源云信息技术有限公司，地址：长沙市岳麓区麓谷大道627号

甲方为实现米线生产全过程的批次追溯，向乙方采购“溯源云”生产追溯系统软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供“溯源云”生产追溯系统（标准版）软件永久使用许可，覆盖原料（大米）入库、浸泡磨浆、蒸片成型、切条包装、成品出库各环节。

1.2 定制开发内容：生产批次赋码与包装线喷码对接；与称重设备及包装线的数据采集对接；经销商扫码查询及消费者溯源页面。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云生产追溯系统软件许可（标准版，永久） | 300,000 |
| 2 | 定制开发（赋码对接、设备采集、扫码查询） | 120,000 |
| 3 | 部署实施及培训 | 40,000 |
| | 合计 | 460,000 |

合同总价为人民币肆拾陆万元整（¥460,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥230,000，乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同余款¥230,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停实施及服务。

## 第四条 实施周期

4.1 乙方在收到预付款后90日内完成系统部署上线，因甲方现场条件、设备接口或数据准备延误的，工期相应顺延。

4.2 乙方将尽力按计划推进项目，如出现延误，双方协商调整实施计划。

## 第五条 上线与验收

5.1 系统部署完成并在甲方生产线投入运行，即视为甲方验收合格。

5.2 甲方在上线后提出的需求变更，按乙方人天单价另行计费。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 故障响应：一级故障（系统无法使用）乙方在8小时内响应；二级故障在2个工作日内响应；一般问题在5个工作日内答复。

6.3 乙方将尽力排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥84,000，费用在每个服务年度开始前支付。

7.2 未购买年度维护服务的，乙方不再提供升级、补丁及技术支持。

## 第八条 知识产权

8.1 “溯源云”系统及乙方为甲方定制开发的全部功能模块、接口程序、页面及源代码的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、批次数据及经销商信息归甲方所有。

9.2 甲方同意乙方可将上述数据脱敏后用于产品改进、行业分析及乙方其他客户的服务优化，该使用在合同终止后仍可继续。

9.3 乙方采取访问控制、加密存储、每日备份等安全措施保护甲方数据；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方过错造成的，乙方赔偿甲方因此遭受的直接损失。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失及停产损失承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方可以解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条之一 双方责任

13A.1 甲方应指定项目联系人，负责需求确认、现场协调和资料提供，并为乙方实施人员提供办公场地、网络条件及必要的生产线停机配合。

13A.2 甲方应在实施前准备好原料、半成品及成品的物料编码、产品规格、包装规格及经销商清单，并保证所提供资料的真实、准确、完整。因甲方资料错误导致的返工，乙方有权按人天单价另行收费。

13A.3 甲方应按乙方提供的配置要求准备服务器、数据库、扫码枪、喷码机及网络环境；硬件设备不属于本合同供货范围，由甲方自行采购。

13A.4 乙方应按双方确认的需求说明书完成定制开发，提供系统操作手册，并对甲方车间主任、质检员、仓管员及信息管理人员进行培训，培训不超过3次，每次不超过1日。

## 第十三条之二 需求变更

需求说明书经甲方签字确认后，甲方提出的任何新增或变更需求，均应以书面形式提出，由乙方评估工作量和费用，经双方书面确认后实施。需求变更导致的工期延长，不视为乙方延误。

## 第十三条之三 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方云服务故障等非乙方原因导致系统无法使用或项目延误的，乙方不承担责任。

## 第十三条之四 通知

本合同项下的通知以书面形式或电子邮件发送至双方在本合同中载明的地址或邮箱，发出之日起第三日视为送达。

## 第十三条之五 其他约定

13E.1 乙方可在其宣传材料及客户案例中使用甲方名称和标识，甲方书面反对的除外。

13E.2 本合同附件包括：需求说明书、系统功能清单、实施计划及培训计划。附件与正文不一致的，以正文为准。

13E.3 本合同未尽事宜，按乙方公布的服务政策执行；服务政策由乙方根据业务需要适时更新，并在乙方官方网站公布。

## 第十三条之六 系统升级

乙方发布标准版新版本时，处于免费维护期或已购买年度维护服务的甲方可免费升级标准功能；定制开发部分在新版本上的适配，按乙方人天单价另行收费。乙方对老版本的维护以其官方公告为准，甲方应在乙方通知后及时安排升级。

## 第十四条 其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：桂川米线食品有限公司　　　乙方（盖章）：长沙溯源云信息技术有限公司

授权代表：　　　　　　　　　　　　　　授权代表：

日期：2025年9月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GFS-CN-2025-014
P:This Agreement is made between Geelong Fleetworks Software Pty Ltd (ABN 41 622 918 305), of 12 Moorabool Street, Geelong, Victoria 3220, Australia ("Vendor"), and Hangzhou Xihu Public Transport Group Co., Ltd., of 58 Tianmushan Road, Hangzhou, Zhejiang, People's Republic of China ("Customer").
P:Background: Customer operates about 1,900 buses from nine depots and wishes to replace its workshop and parts system. Vendor licenses the FleetWorks maintenance management software and provides implementation services. At Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FleetWorks Enterprise modules listed in Article 3, including updates supplied under this Agreement. "Custom Deliverables" means the interfaces, report templates, data migration scripts and configurations created by Vendor for Customer under this Agreement. "Go-Live" means the first day on which all nine depots record work orders in the Software in production. "Final Acceptance" has the meaning in Article 6.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of Customer and its subsidiaries in mainland China, for the number of named users and servers listed in Article 3.
P:2.2 Customer may make copies for backup, testing and disaster recovery. Additional users may be bought at the unit price in Article 3 for three Support Years after Final Acceptance.
H:Article 3 Price
P:3.1 The total price is CNY 1,460,000, fixed and inclusive of taxes, made up as follows: (a) 120 named user licences at CNY 6,500 each, CNY 780,000; (b) server and database licence, CNY 160,000; Licence Subtotal CNY 940,000; (c) configuration and interfaces with Customer's ERP, fuel card and telematics systems, CNY 380,000; (d) migration of 11 years of work order and parts history, CNY 96,000; (e) training of depot supervisors and system administrators, CNY 44,000.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the total price (CNY 292,000) within 20 days after signature, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the total price (CNY 657,000) within 20 days after Go-Live.
P:4.3 Customer shall pay the remaining 35% (CNY 511,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to Vendor's account with a bank in Shanghai. Each party bears its own bank charges.
H:Article 5 Delivery and Timetable
P:5.1 Vendor shall deliver the Software within 15 days after signature and reach Go-Live within 150 days after signature, following the project plan agreed at the kick-off meeting.
P:5.2 Vendor shall appoint a project manager who speaks Mandarin and shall keep a named team of at least five consultants on the project until Final Acceptance. Team members are replaced only with Customer's written approval.
P:5.3 If Vendor fails to reach Go-Live by the agreed date for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 1,500 for each day of delay, up to a total of 10% of the total price. If the delay exceeds 60 days, Customer may terminate under Article 13.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software runs in production for 45 days. Vendor then submits a test report, and the parties test the Software against the following criteria: (a) every function in the agreed functional specification works as described; (b) migrated work orders and parts balances reconcile with the old system for every depot; (c) the ERP, fuel card and telematics interfaces exchange data for ten consecutive working days without unreconciled records; (d) screens respond in under 3 seconds with 200 concurrent users; (e) no open Severity 1 or Severity 2 defect.
P:6.2 When all criteria are met Customer signs a Final Acceptance certificate within ten working days. Go-Live, use of the Software in production or any payment does not amount to acceptance. If the criteria are not met, Vendor corrects the defects within 15 days and the tests are repeated.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor corrects defects, supplies all updates and new versions and provides support without charge.
P:7.2 Support is provided in Mandarin and English from 8:00 to 20:00 China time on working days, and by on-call engineers at all other times for Severity 1. Severity 1 means the Software is unavailable at one or more depots or work orders cannot be closed. Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround or fix within 8 hours; Severity 2 within 2 hours with a fix within 2 working days; Severity 3 within one working day.
P:7.3 For each hour by which Vendor misses a Severity 1 response or fix time, Vendor shall pay Customer CNY 1,000, deducted from the next payment or paid on demand.
P:7.4 After the Warranty Period Customer may buy annual support. The annual support fee is 13% of the Licence Subtotal, CNY 122,200 for each Support Year, fixed for the first three Support Years. Any later change requires written agreement and may not exceed 3% in any Support Year. Support is renewed only by Customer's purchase order and never renews automatically.
H:Article 8 Intellectual Property
P:8.1 Vendor keeps all intellectual property in the Software as supplied.
P:8.2 All intellectual property in the Custom Deliverables vests in Customer on creation. Vendor shall deliver their source code and documentation, and Customer may use, modify and license them to any third party without further charge.
P:8.3 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 All data entered into or generated by the Software, including driver, vehicle and maintenance records, is Customer Data and belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Software is hosted in Customer's data centre in Hangzhou. Vendor accesses it only through Customer's VPN with multi-factor authentication, after approval for each session, and shall not copy Customer Data outside Customer's systems. Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall help Customer to contain it and shall be liable for all losses, fines and costs caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after written notice, or in the case described in Article 5.3. Vendor then refunds the amounts paid for undelivered work.
P:13.2 Either party may terminate if the other becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Victoria, Australia.
P:14.2 The parties submit to the exclusive jurisdiction of the courts of Victoria, Australia, sitting in Melbourne, for all disputes arising out of or in connection with this Agreement.
H:Article 14A Project Governance and Documentation
P:14A.1 The parties shall form a steering group of two senior managers from each side, meeting monthly until Final Acceptance to review progress, risks and change requests. Any change to scope, price or timetable requires a written change order signed by both parties.
P:14A.2 Vendor shall deliver user manuals, administrator manuals and interface specifications in simplified Chinese before the acceptance tests, and keep them up to date during the Warranty Period.
P:14A.3 Vendor shall keep professional indemnity insurance of at least CNY 5,000,000 during the project and the Warranty Period, and shall provide a certificate on request. Neither party shall offer any improper payment or benefit to the employees of the other party.
H:Article 15 General
P:15.1 This Agreement is signed in English and Chinese; both versions are equally authentic. Notices are given in writing to the addresses above. Neither party is liable for delay caused by force majeure.
P:Signed for Geelong Fleetworks Software Pty Ltd: ____________________  Name and title: ____________________
P:Signed for Hangzhou Xihu Public Transport Group Co., Ltd.: ____________________  Name and title: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM — KITCHENLEDGER SUBSCRIPTION

**Order Form No.** KL-OF-2025-0388

**Provider:** KitchenLedger Limited, 90 Cashel Street, Christchurch 8011, New Zealand (NZBN 9429048776215)

**Customer:** Wuhan Maixiang Bakery Chain Co., Ltd., 233 Zhongnan Road, Wuchang District, Wuhan, Hubei, People's Republic of China

This Order Form is issued under and incorporates the KitchenLedger General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscribed Service

1.1 KitchenLedger stock, ordering and production-planning service for 48 bakery stores and one central kitchen, accessed through a web browser and a mobile app, including recipe costing, daily order suggestions, stock counts, supplier ordering and waste reporting.

1.2 Onboarding services: loading of Customer's item master, recipes and supplier lists; configuration of store ordering templates; an interface that sends approved central-kitchen production plans to Customer's ERP; and training for store managers.

## 2. Subscription Term

2.1 The Subscription Term is three Subscription Years, from 1 October 2025 to 30 September 2028.

2.2 The Subscription does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 3. Fees

At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Store subscription | 48 stores x CNY 2,400 per Subscription Year | 115,200 per Subscription Year |
| Central kitchen module | per Subscription Year | 36,000 per Subscription Year |
| Subscription fee | per Subscription Year | 151,200 per Subscription Year |
| Subscription fees for the Subscription Term | 3 Subscription Years | 453,600 |
| Onboarding (one-time) | fixed price | 42,000 |
| Total Contract Value | | 495,600 |

Additional stores may be added during the Subscription Term at CNY 2,400 per store per Subscription Year, pro rata.

## 4. Invoicing and Payment

4.1 No amount is payable in advance.

4.2 The Onboarding fee is invoiced after Onboarding Acceptance under clause 5.

4.3 Subscription fees are invoiced quarterly in arrears (CNY 37,800 per quarter) and are payable within 30 days of invoice by bank transfer to Provider's account in Wuhan.

## 5. Onboarding and Acceptance

5.1 Provider shall complete onboarding by 15 November 2025.

5.2 Onboarding Acceptance takes place when: (a) the item master, recipes and supplier lists of all 48 stores are loaded and checked by Customer against its own records; (b) five pilot stores have ordered through the service for ten consecutive business days without a blocking error; (c) central-kitchen production plans are received in the ERP for the same ten days and match the approved plans; and (d) store-manager training has been completed. Customer then signs an Onboarding Acceptance certificate. Use of the service by stores does not by itself mean acceptance.

5.3 If Onboarding Acceptance is not achieved by 15 November 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay until it is achieved, up to a total of CNY 30,000.

## 6. Signatures

Signed for KitchenLedger Limited: ____________________ Name: ____________________ Date: ____________

Signed for Wuhan Maixiang Bakery Chain Co., Ltd.: ____________________ Name: ____________________ Date: ____________

---

# KITCHENLEDGER GENERAL TERMS

## 1. Provision of the Service

1.1 Provider shall provide the service described in the Order Form with reasonable skill and care and in accordance with good industry practice.

1.2 Provider may update the service from time to time, provided that the updates do not materially reduce its functionality.

## 2. Availability and Support

2.1 Provider will use commercially reasonable efforts to make the service available at all times, except for planned maintenance and events beyond its reasonable control. Provider will try to carry out planned maintenance outside the opening hours of Customer's stores.

2.2 Customer may raise support requests through the in-app help centre or by email to support@kitchenledger.example. Provider will respond to support requests promptly during New Zealand business hours and will use reasonable efforts to resolve them.

## 3. Customer Data

3.1 All data entered into the service by or for Customer, including recipes, costs, order history, supplier details and staff user accounts, is Customer Data and belongs to Customer. Provider may use Customer Data only to provide the service to Customer and for no other purpose.

3.2 Customer Data is hosted on a cloud platform located in mainland China. Provider shall keep Customer Data encrypted in transit and at rest, restrict access to named support staff who need it, log every access, keep daily backups, and maintain an ISO 27001 certified information-security management system. Provider shall comply with the PRC Personal Information Protection Law and Data Security Law.

3.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for Customer's losses, regulatory fines and costs caused by a breach of this clause 3.

3.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

## 4. Intellectual Property

4.1 Provider retains all rights in the service and its software.

4.2 The ordering templates, report layouts and the ERP interface built for Customer under the Order Form belong to Customer, who may use, modify and license them to others freely. Provider shall deliver the interface source code after Onboarding Acceptance.

## 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by equal duties. This clause survives for three years after the Subscription Term ends.

## 6. Liability

6.1 Each party's aggregate liability under this agreement is limited to 150% of the Total Contract Value, except for breach of clauses 3 and 5, infringement of intellectual property and wilful misconduct, for which liability is not limited.

## 7. Subcontracting

7.1 Provider shall not subcontract any of its obligations without Customer's prior written consent, except for the hosting of the service by the cloud platform named in Provider's security documentation, which Customer approves by signing the Order Form. Provider remains responsible for all subcontractors.

## 8. Termination

8.1 Customer may terminate this agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice. Provider shall then refund any fees paid for the period after termination.

8.2 Either party may terminate by written notice if the other party becomes insolvent.

## 9. Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be referred to the Wuhan Arbitration Commission for arbitration in Wuhan, in accordance with its rules in force at the time. The award is final and binding on both parties.

## 9A. Changes, Force Majeure and Notices

9A.1 Customer may request changes to the onboarding scope at any time. Provider shall estimate the effort and any extra fee within five business days, and no change takes effect until both parties sign a written change note.

9A.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, provided that it notifies the other party promptly and does its best to limit the effects. Provider's backup and recovery duties under clause 3 continue to apply.

9A.3 Provider shall keep Customer informed of new features through release notes in Chinese, and shall give at least 30 days' notice before removing any feature that Customer uses.

9A.4 Customer shall nominate a project contact for onboarding, make store managers available for training, and provide its item master, recipes and supplier lists in the agreed spreadsheet format. Delays caused by late data from Customer extend the onboarding date by the same number of days.

9A.5 Neither party may assign this agreement without the other party's written consent, except that Customer may assign it to an affiliate that takes over its bakery stores.

9A.6 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to employees of the other party.

9A.7 Provider shall provide Customer's store managers with online training materials in Chinese and shall run two remote refresher sessions during each Subscription Year at no extra charge. Customer may ask for additional on-site training at Provider's published daily rate, plus reasonable travel costs approved in advance.

## 10. General

10.1 This agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses in the Order Form.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. KMCC-PUR-2025-112
P:Buyer: Kunming Dianchi Cold Chain Logistics Co., Ltd., 18 Luolong Road, Guandu District, Kunming, Yunnan, People's Republic of China ("Buyer").
P:Supplier: Reefwatch Instruments Pty Ltd, 41 Flinders Street, Townsville, Queensland 4810, Australia ("Supplier").
P:The Buyer invited quotations for a temperature and humidity monitoring system for its Luolong cold-store park (six cold rooms, two freezer halls, a loading dock and a fruit ripening area). The Supplier's quotation of 6 June 2025 was selected. This Contract is on the Buyer's standard terms. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission wireless temperature and humidity sensors, door sensors, gateways, a monitoring server and a perpetual licence of the ColdGuard monitoring software, configure alarm rules and dashboards for each room, connect the system to the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The system shall record readings every minute, keep records for at least three years and send alarms by SMS, telephone call and the ColdGuard app, as described in the technical specification in Annex 1.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,180,200, fixed and inclusive of VAT, freight, insurance, import duties and all costs of installation, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|36|6,800|244,800
TB:3|Door open/close sensor|120|420|50,400
TB:4|ColdGuard monitoring software, perpetual licence|1|186,000|186,000
TB:5|Monitoring server with UPS|1|62,000|62,000
TB:|Hardware and Licence Subtotal|||1,026,200
TB:6|Installation, calibration and commissioning|1|138,000|138,000
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,180,200
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 118,020) within 15 days after signature, against an advance payment bank guarantee of the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 649,110) within 15 days after the Installation Certificate. The Installation Certificate confirms only that the items are delivered and installed; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 413,070) within 15 days after the Final Acceptance Certificate.
H:Section 4 Delivery
P:4.1 The Supplier shall complete delivery and installation within 75 days after signature, working in the cold rooms only at times agreed with the Buyer's warehouse manager so that operations are not interrupted.
P:4.2 If the Supplier is late in completing installation, or in reaching Final Acceptance by the date in the agreed plan, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance takes place after a 30-day trial run in which: (a) every sensor reports at least 99% of its scheduled readings; (b) each sensor reads within ±0.3 °C of a reference thermometer at three test points; (c) simulated high-temperature and door-open events in each room raise alarms on all three channels within 60 seconds; (d) readings reach the WMS for every room without loss; and (e) the Buyer's operators have passed the training test.
P:5.2 If the tests are passed, the Buyer signs the Final Acceptance Certificate within seven days. Installation, use of the system in operations or any payment does not mean acceptance. Failed tests are repeated after the Supplier has corrected the defects.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces faulty items, recalibrates sensors once every six months and supplies software updates free of charge.
P:6.2 Severity 1 (loss of monitoring or alarms for any cold room or freezer hall): response within 30 minutes by telephone and remote access, temporary monitoring or repair within 8 hours. Severity 2 (individual sensors or gateways failing): response within 2 hours, repair within 2 working days. Severity 3: within 5 working days.
P:6.3 For each hour by which the Supplier misses a Severity 1 time it shall pay CNY 800, and for each day by which it misses a Severity 2 time, CNY 300.
P:6.4 After the warranty the Supplier shall offer support at 9% of the Hardware and Licence Subtotal per year (CNY 92,358), fixed for two support years after the warranty. Support continues only by a new order from the Buyer and does not renew automatically.
H:Section 7 Data
P:7.1 All readings, alarm records, logs and configuration data are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The system runs on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, is logged, and may not copy Buyer Data outside the Buyer's network. The Supplier shall comply with PRC cybersecurity and data security laws.
P:7.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for the losses and costs it causes through breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The alarm rules, dashboards, WMS interface and site configurations made for the Buyer belong to the Buyer, who may modify and use them freely and give them to other service providers. Software and firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list, cargo data and site layout, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under Section 4.2 reach their maximum.
H:Section 12A Site Rules, Documents and Force Majeure
P:12A.1 The Supplier's staff shall follow the Buyer's site rules for cold rooms, including limits on time spent in freezer halls, protective clothing, forklift traffic and food hygiene. The Supplier shall provide suitable cold-weather clothing for its staff and keep them insured against accidents.
P:12A.2 The Supplier shall deliver, before the acceptance tests, a complete as-built document set: sensor and gateway location drawings, calibration certificates for every sensor traceable to a national standard, network diagrams, user and administrator manuals in Chinese, and backup copies of all configurations.
P:12A.3 Risk in the goods passes to the Buyer on signature of the Installation Certificate, and title passes on payment of the installation payment. The Supplier shall keep the goods insured until the risk passes.
P:12A.4 The Supplier shall keep a stock of spare sensors and gateways in Kunming equal to at least two percent of the installed quantity during the warranty period so that faulty items can be replaced quickly.
P:12A.5 Neither party is liable for delay caused by force majeure, such as earthquakes, floods or epidemics, if it informs the other party promptly and provides evidence. The time for performance is extended by the period of the force majeure. If force majeure continues for more than 90 days, either party may end the Contract by written notice and the Buyer pays for the items delivered and installed.
P:12A.6 Any change to the scope or price requires a written change order signed by both parties. Neither party may assign this Contract without the other party's written consent.
P:12A.7 The Supplier shall not offer any improper payment or benefit to the Buyer's employees. A breach of this rule is a material breach.
P:12A.8 Notices under this Contract shall be in writing, in Chinese or English, and delivered by hand, courier or email to the addresses above. A notice by email is effective when the recipient confirms receipt. The Supplier shall appoint a service contact in Kunming who can receive notices and arrange repairs on behalf of the Supplier during the warranty period.
P:12A.9 Before delivery the Supplier shall submit a detailed installation plan for approval, showing the order in which rooms are fitted, the mounting method for sensors in each room, the cable routes for gateway power, and the measures taken to keep the cold chain unbroken while work is carried out. The Buyer's warehouse manager may stop work in any room if product temperatures are at risk, and the time lost is added to the schedule only if the stop was not caused by the Supplier.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
P:Annex 1: Technical specification. Annex 2: Installation plan and room list.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** BLU-MSA-2025-07

**Service Provider:** Bula Digital Services Pte Limited, Level 2, Tappoo City, Thomson Street, Suva, Fiji ("Provider")

**Customer:** Sanya Haitang Bay Resort Hotels Co., Ltd., 66 Haitang North Road, Haitang Bay, Sanya, Hainan, People's Republic of China ("Customer")

Customer runs four resort hotels in Sanya with about 1,300 rooms. Provider operates a remote service desk and network operations centre for hotels in the Pacific and Asia. Customer wishes to outsource the day-to-day operation of its hotel IT. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4. "Monthly Charge" and "Transition Fee" have the meanings in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 24 months from 1 September 2025 to 31 August 2027 (the "Term"). The Agreement does not renew automatically; any extension must be agreed in writing.

## 3. Services

3.1 Provider shall provide the Services in accordance with this Agreement, the Service Levels and good industry practice, using staff who speak Mandarin and English.

3.2 Provider shall keep two on-site engineers in Sanya during the Term and operate the service desk 24 hours a day, 7 days a week.

## 4. Transition and Acceptance

4.1 Provider shall complete transition by 31 August 2025. Transition includes taking over the inventory of devices, documenting the network and the property management system (PMS) interfaces, installing monitoring agents and setting up the service desk.

4.2 Transition Acceptance requires: (a) a complete asset register checked by Customer's IT manager; (b) monitoring of every core switch, firewall, wireless controller and server, with test alarms received by the service desk; (c) runbooks for the PMS, point-of-sale and door-lock systems approved by Customer; and (d) a ten-day parallel run in which the service desk handles all tickets within the Service Levels. Customer then signs a Transition Acceptance certificate.

4.3 If Transition Acceptance is delayed beyond 31 August 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 per day of delay, up to CNY 36,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. At Customer's request they are stated and paid in Chinese Yuan (CNY). No amount is payable in advance.

5.2 The Transition Fee is invoiced after Transition Acceptance. Monthly Charges are invoiced monthly in arrears and paid within 30 days of invoice.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 2. If it fails to do so, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

6.2 Provider shall give Customer a monthly service report with ticket statistics, availability figures and the credits due.

## 7. Customer Data and Data Security

7.1 Guest records, booking data, payment-terminal logs, device configurations and all other data that Provider accesses are Customer Data and belong to Customer. Provider shall use Customer Data only to provide the Services.

7.2 Customer Data stays in Customer's systems in Sanya. Provider's remote staff connect only through Customer's jump server with multi-factor authentication; every session is recorded. Provider shall not copy Customer Data to its systems in Fiji or elsewhere outside mainland China, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 2 hours of any suspected security incident affecting Customer Data, assist with containment and investigation, and is liable for losses, fines and costs caused by its breach of this clause 7.

## 8. Intellectual Property

8.1 Runbooks, network documentation, configurations and scripts prepared by Provider for Customer belong to Customer, who may use and modify them and hand them to any later service provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including guest information and security settings, and use it only for this Agreement. This obligation survives for three years after the Term ends.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Monthly Charges paid by Customer in the six months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, or for loss of profits.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for every subcontractor.

## 12. Termination

12.1 This Agreement runs for the full Term. Customer may not terminate it before the end of the Term, whether for convenience or because of a breach by Provider. Customer's remedies for a failure by Provider are the service credits under clause 6 and a claim for damages within the limit of clause 10.

12.2 Provider may suspend the Services if undisputed charges remain unpaid for 60 days after a written reminder.

12.3 At the end of the Term Provider shall co-operate for up to 30 days in handing the Services over to Customer or a new provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou. The award is final.

## 13A. Personnel, Changes and Force Majeure

13A.1 Provider shall name a service delivery manager who meets Customer's IT manager monthly to review the service report, open problems and planned changes. Changes to the Services or the charges require a written change note signed by both parties.

13A.2 Provider's on-site engineers shall follow the hotels' rules for staff conduct, guest privacy and health and safety, and Provider shall keep them insured against accidents. Customer may ask Provider to replace an engineer who does not perform, and Provider shall do so within 14 days.

13A.3 Neither party is liable for failure caused by typhoons, floods, epidemics or government action, if it notifies the other party promptly and does its best to limit the effects.

13A.4 Each party shall comply with applicable anti-bribery laws.

13A.5 Provider shall carry out a joint service review with Customer every quarter, covering ticket trends, recurring problems, planned upgrades of hotel systems and a list of improvement actions with owners and dates.

13A.6 At the end of the Term, or on earlier expiry, Provider shall hand over the current asset register, runbooks, passwords and monitoring configurations to Customer, answer the questions of Customer's new provider during the hand-over period, and remove its monitoring agents only when Customer confirms that a replacement is in place.

## 14. General

14.1 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.

Signed for Bula Digital Services Pte Limited: ____________________

Signed for Sanya Haitang Bay Resort Hotels Co., Ltd.: ____________________

Date: ____________________

---

## Schedule 1 — Services

| Service | Description |
|---|---|
| Service desk | Single point of contact for hotel staff by phone, WeChat and portal, 24x7, Mandarin and English |
| Network operations | Monitoring and management of switches, firewalls, wireless controllers and internet links at four hotels |
| Server and PMS support | Operation of the on-premise servers, backups and the PMS, POS and door-lock interfaces |
| End-user devices | Support for about 620 PCs, tablets and printers, with on-site engineers |
| Security operations | Patch management, antivirus, firewall rule reviews and quarterly vulnerability scans |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit per failure |
|---|---|---|---|---|
| P1 | Guest Wi-Fi, PMS or check-in down at a hotel | 30 minutes | 3 hours | 3% of the Monthly Charge |
| P2 | One outlet, floor or system degraded | 1 hour | 8 hours | 1% of the Monthly Charge |
| P3 | Single user or device | 2 hours | 2 business days | none |

| Measure | Target | Credit |
|---|---|---|
| Core network availability per hotel per month | 99.95% | 5% of the Monthly Charge for each 0.1 point below target |
| Tickets resolved within target per month | 95% | 2% of the Monthly Charge |

Total credits in a month are limited to 20% of that month's Monthly Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 64,000 |
| Monthly Charge | per month, 24 months | 58,000 |
| Monthly Charges for the Term | 24 x 58,000 | 1,392,000 |
| Total Contract Value | | 1,456,000 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PMD-API-2025-031

PROVIDER: Pacific Marine Data Services Limited, Beach Road, Apia, Samoa (company no. 70214) ("Provider").

CUSTOMER: Zhoushan Pingyang Ocean Fishing Co., Ltd., 9 Haifeng Road, Putuo District, Zhoushan, Zhejiang, People's Republic of China ("Customer").

BACKGROUND

Customer operates a fleet of 22 tuna longline vessels in the Western and Central Pacific. Provider publishes marine weather forecasts, sea-surface temperature and chlorophyll data, and fishing-ground forecasts through a data API. Customer wishes to use these data in its fleet management system and its vessels' route planning. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Pacific Marine Data API, version 3, and its documentation. "Data Products" means the data sets listed in clause 2.1. "Customer Data" means vessel positions, catch reports and route requests that Customer sends to the API. "Subscription Year" means each period from 1 November to the following 31 October, the first starting on 1 November 2025. "Integration" means the connection of the API to Customer's fleet management system under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and use the following Data Products for its own fleet operations: (a) six-hourly marine weather and wave forecasts for the Western and Central Pacific; (b) daily sea-surface temperature, chlorophyll and current maps; (c) weekly fishing-ground forecasts for albacore and yellowfin tuna; (d) route weather optimisation for up to 22 vessels.

2.2 The subscription includes up to 2,000,000 API calls per Subscription Year. Calls beyond that volume are charged at CNY 0.02 per call and invoiced at the end of each Subscription Year.

2.3 Customer may store Data Products in its own systems and share them with its vessels' masters, but may not resell them or publish them.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years, from 1 November 2025 to 31 October 2027.

3.2 The subscription ends at the end of the Subscription Term unless the parties sign a renewal in writing. There is no automatic renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall build and deliver an integration adapter that loads the Data Products into Customer's fleet management system and displays them on the shipboard terminals, and shall activate Customer's production API keys, by 31 October 2025.

4.2 Integration Acceptance requires: (a) all four Data Products loaded automatically into the fleet management system for 14 consecutive days without a missed update; (b) route weather optimisation returned for every vessel request within 60 seconds; (c) the shipboard terminals of three test vessels showing the forecasts over satellite links; and (d) delivery of the adapter's source code and operating manual. Customer confirms Integration Acceptance in writing. Use of the data does not by itself mean acceptance.

4.3 If Provider fails to activate the production API keys or to achieve Integration Acceptance by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 260 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are in Chinese Yuan (CNY):
- Subscription fee: CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term;
- Integration fee (one-time): CNY 24,000;
- Total Contract Value: CNY 360,000 (overage charges under clause 2.2 excluded).

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears at CNY 42,000 per quarter. No amount is payable before the API is activated. Invoices are payable within 30 days by telegraphic transfer to Provider's bank account in Apia; Provider bears its own bank charges.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance of which Customer has been told 72 hours in advance.

6.2 Severity 1 (the API unavailable, or forecasts not updated for more than 12 hours): Provider responds within 1 hour, at any time of day, and restores the service within 6 hours. Severity 2 (one Data Product late or incomplete): response within 2 hours and a fix within one business day. Other requests: within 2 business days.

6.3 If monthly availability falls below 99.95%, Provider credits 5% of the quarterly fee for each 0.5 point or part of it below the target. For each Severity 1 incident not restored within 6 hours, Provider credits CNY 1,000. Credits are deducted from the next invoice.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the API and the route weather optimisation to Customer and for no other purpose. Provider does not sell or disclose Customer Data, and shall delete it within 30 days after the Subscription Term ends.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API and the Data Products.

8.2 The integration adapter, its source code and the display configurations built for Customer belong to Customer, who may modify them and have them maintained by any third party.

9. WARRANTIES

9.1 Provider warrants that it is entitled to license the Data Products and that the API will perform substantially in accordance with its documentation. Forecasts are estimates; Customer remains responsible for navigation and safety decisions at sea.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct and personal injury, which are not limited.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the building of the integration adapter or the support services without Customer's prior written consent. Provider remains responsible for every approved subcontractor.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, and Provider shall refund any fees paid for the period after termination.

12.2 Either party may terminate by written notice if the other party becomes insolvent or ceases business.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Independent State of Samoa.

13.2 The parties submit to the exclusive jurisdiction of the Supreme Court of Samoa in Apia.

13A. CHANGES, SUPPORT CONTACTS AND FORCE MAJEURE

13A.1 Customer may ask for additional Data Products, sea areas or vessels during the Subscription Term. Provider shall quote the extra fee within ten business days, and a change takes effect only when both parties sign a written change note.

13A.2 Each party shall name a technical contact. Provider's support desk can be reached by email and telephone in English, and by a Mandarin-speaking coordinator during Chinese business hours. Provider shall give Customer at least 30 days' notice of any change to the API that requires a change to the integration adapter, and shall update the adapter free of charge.

13A.3 Provider shall keep a record of all Severity 1 and Severity 2 incidents and send Customer a monthly report with availability, incidents and credits due.

13A.4 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over its business.

13A.5 Customer shall pay the fees on time and shall give Provider reasonable help in testing the integration, including access to three test vessels' terminals through Customer's satellite communications provider.

13A.6 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the other party's employees.

13A.7 During the Subscription Term Provider shall keep its data sources, forecast models and quality controls at least at the level described in the API documentation at signature. Provider shall publish a short quality report for each Data Product every quarter, comparing forecasts with observed conditions, and shall inform Customer of any known problem with a Data Product as soon as it is found.

13A.8 Customer may download and keep the Data Products received during the Subscription Term for its internal records and analysis after the end of the Subscription Term, but may not use them to build a competing data service.

13A.10 Provider shall send all invoices to Customer's finance department in Zhoushan by email, with the quarter, the fees and any credits shown separately.

13A.9 Provider shall keep the integration adapter compatible with the fleet management system version used by Customer at signature and with any later version that Customer notifies at least 60 days in advance. If Customer replaces its fleet management system, the parties shall agree in writing on the work needed to connect the new system and its price before the work starts.

14. GENERAL

14.1 Notices must be in writing in English and sent to the addresses above. Amendments must be in writing and signed by both parties. Neither party is liable for failures caused by events beyond its reasonable control, including cyclones and satellite outages.

SIGNED for Pacific Marine Data Services Limited: ____________________ Name: ____________________

SIGNED for Zhoushan Pingyang Ocean Fishing Co., Ltd.: ____________________ Name: ____________________

Date: ____________________
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
NAMES = {
    "z01": "h471z01_housing_fund_loan_approval_platform.pdf",
    "z02": "h471z02_steel_mill_rolling_control_retrofit.docx",
    "z03": "h471z03_fitness_chain_scheduling_saas.txt",
    "z04": "h471z04_traffic_police_violation_system_om.txt",
    "z05": "h471z05_rice_noodle_traceability_supplier_template.md",
    "e01": "h471e01_bus_fleet_maintenance_licence_vic_vendor.pdf",
    "e02": "h471e02_bakery_stock_saas_order_form_nz_vendor.md",
    "e03": "h471e03_cold_store_sensors_qld_supplier.docx",
    "e04": "h471e04_resort_managed_it_fiji_provider.md",
    "e05": "h471e05_marine_data_api_samoa_provider.txt",
}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in NAMES.items() if v.endswith((".docx", ".pdf"))}

T = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None,
         acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None, post_warranty_fee_pct=None,
         auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
         governing_law="PRC", contract_kind="goods_or_licence")
KEYS = list(T)

# key: (language, category, term overrides, extra overrides, TCO inputs or None, design rules)
D = {
 "z01": ("zh", "software", dict(availability_pct=99.95, prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=10),
         dict(contract_value=2340000, post_warranty_fee_capped=True), dict(base=1180000), []),
 "z02": ("zh", "hardware", dict(ld_rate_per_day_pct=0.03, prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=8,
         subcontract_without_consent=True), dict(contract_value=4400000, post_warranty_fee_capped=True), dict(base=3514000),
         ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "z03": ("zh", "cloud", dict(availability_pct=99.5, ld_rate_per_day_pct=700 / 699200 * 100, liability_cap_pct=6 / 36 * 100,
         final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
         dict(contract_value=699200), None, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
 "z04": ("zh", "services", dict(p1_response_hours=6, liability_cap_pct=50, final_payment_on_acceptance=None,
         governing_law=None, contract_kind="service"), dict(contract_value=766000), None,
         ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
 "z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
         ld_rate_per_day_pct=None, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
         warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
         dict(contract_value=460000, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
         dict(base=300000),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=1500 / 1460000 * 100, liability_cap_pct=150,
         prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=13, governing_law="Victoria"),  # relabelled by the requester after the first run: the corpus names Australian states alone
         dict(contract_value=1460000, post_warranty_fee_capped=True), dict(base=940000), ["CR-GOVERNING-LAW"]),
 "e02": ("en", "cloud", dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=300 / 495600 * 100,
         liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
         dict(contract_value=495600, sla_clause=False), None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "e03": ("en", "hardware", dict(liability_cap_pct=200, prepayment_pct=10, warranty_months=36, post_warranty_fee_pct=9),
         dict(contract_value=1180200, post_warranty_fee_capped=True), dict(base=1026200), []),
 "e04": ("en", "services", dict(availability_pct=99.95, ld_rate_per_day_pct=1200 / 1456000 * 100,
         liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, termination_for_breach=False,
         contract_kind="service"), dict(contract_value=1456000), None, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
 "e05": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, confidentiality=False,
         ld_rate_per_day_pct=260 / 360000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
         governing_law="Samoa", contract_kind="service"), dict(contract_value=360000), None,
         ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, tco):
    """Policy section 4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    if not tco or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * tco["base"]
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(t, x, tco):
    """My own reading of policy.md section 3 (not project code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
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
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    lang, cat, to, xo, tco, design = D[key]
    t = dict(T, **to)
    x = dict(sla_clause=True, ld_stated=True)
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = None
    x["acceptance_deemed_on_delivery"] = False
    x["contract_value"] = None
    x.update(xo)
    rules = rules_from_labels(t, x, tco)
    assert rules == sorted(design), (key, rules, design)
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
            "expected_extra": x, "expected_rules": rules}, tco_share(t, x, tco)


# ---- threshold scan -------------------------------------------------------------------------------------------
NUMZH = "零〇一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*(%|％|per\s*cent|percent)", r"百分之九十九点九(?![\d零一二三四五六七八九])",
    r"(?<![\d])4\s*(小时|h\b|hours?\b|-hour)", r"(?<![%s])四\s*小时" % NUMZH, r"\bfour[\s-]*hours?\b",
    r"(?<![\d])240\s*(分钟|minutes)",
    r"(?<![\d.])0?\.05(?!\d)\s*(%%|％|per\s*cent)".replace("%%", "%"), r"万分之五(?![十百零一二三四五六七八九])",
    r"(?<![\d.])100(?![\d.])\s*(%|％|per\s*cent|percent)", r"百分之百", r"\bone\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?![\d.])\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])15(?![\d.])\s*(%|％|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen\s*per\s*cent",
    r"(?<![\d.])40(?![\d.])\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s*per\s*cent",
    r"(?<![\d])12\s*(个月|months?\b|-month)", r"(?<![%s])十二\s*个月" % NUMZH, r"\btwelve[\s-]*months?\b",
    r"(?<![%s])一\s*年" % NUMZH, r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*years?\b",
    r"(?<![\d])5\s*(年|years?\b|-year)", r"(?<![%s])五\s*年" % NUMZH, r"\bfive[\s-]*years?\b",
    r"(?<![\d])60\s*(个月|months?\b|-month)", r"六十\s*个月", r"\bsixty[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "15%", "15 %", "40%", "四成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "5年", "五年", "five years", "5 years", "60 months", "60个月", "百分之十五"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours",
             "24 hours", "130%", "0.055%", "120 months", "十一年", "2015年", "35%", "45%", "Subscription Year", "3 hours",
             "1,500", "万分之三", "第十五条"]


def hits(text):
    found = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            found += [m.group(0) for m in rx.finditer(v)]
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def readback(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [q.text for q in d.paragraphs]
        parts += ["|".join(c.text for c in row.cells) for tb in d.tables for row in tb.rows]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def size(key, text):
    return len(text) if key.startswith("z") else len(text.split())


SUMS = [(1180000 + 860000 + 210000 + 90000, 2340000), (468000 + 1053000 + 819000, 2340000),
        (1260000 + 1480000 + 236000 + 420000 + 118000, 3514000), (3514000 + 560000 + 286000 + 40000, 4400000),
        (440000 + 2200000 + 1540000 + 220000, 4400000), (3 * 204400 + 86000, 699200), (23 * 6800 + 48000, 204400),
        (4 * 51100, 204400), (336000 + 218000 + 96000 + 64000 + 52000, 766000), (4 * 191500, 766000),
        (300000 + 120000 + 40000, 460000), (120 * 6500 + 160000, 940000), (940000 + 380000 + 96000 + 44000, 1460000),
        (292000 + 657000 + 511000, 1460000), (48 * 2400 + 36000, 151200), (3 * 151200 + 42000, 495600),
        (4 * 37800, 151200), (483000 + 244800 + 50400 + 186000 + 62000, 1026200), (1026200 + 138000 + 16000, 1180200),
        (118020 + 649110 + 413070, 1180200), (24 * 58000 + 64000, 1456000), (2 * 168000 + 24000, 360000),
        (4 * 42000, 168000), (round(0.09 * 1026200), 92358), (round(0.08 * 3514000), 281120), (round(0.28 * 300000), 84000)]


def main():
    for got, want in SUMS:
        assert got == want, (got, want)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    for k, name in NAMES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    covered, bad = set(), []
    for k in NAMES:
        lab, share = label(k)
        (OUT / NAMES[k].rsplit(".", 1)[0]).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                               encoding="utf-8")
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        assert share is None or abs(share - 40) > 2, (k, share)
        text = readback(NAMES[k])
        h = hits(text) + hits(SOURCES[k])
        if h:
            bad.append((k, sorted(set(h))))
        n = size(k, text)
        lo, hi = (2750, 3000) if k.startswith("z") else (1450, 1650)
        flag = "" if lo <= n <= hi else "  <-- OUT OF RANGE"
        print("%s %-55s %5d %s rules=%s risk=%s tco=%s%s" % (k, NAMES[k], n, "chars" if k[0] == "z" else "words",
              ",".join(r[3:] for r in lab["expected_rules"]) or "-", risk(lab["expected_rules"]),
              None if share is None else round(share, 2), flag))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("threshold hits:", bad)


if __name__ == "__main__":
    main()
