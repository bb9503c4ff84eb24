"""holdout411: builds ten blind, ordinary draft contracts and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Written only from policy.md / API.md and the
holdout18/19 NOTES + labels; the review tool was never run, read or imported.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江临市生态环境局污染源在线监控平台建设项目合同
P:合同编号：JLHB-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江临市生态环境局　　地址：江临市滨江路88号
P:乙方（供应商）：浙江清源环境信息技术有限公司　　地址：杭州市西湖区文三路276号
P:鉴于甲方通过公开招标方式采购“污染源在线监控平台建设项目”，乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件、投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供污染源在线监控平台软件（以下称“平台软件”）的永久使用许可，并在平台软件基础上完成定制开发、历史数据迁移、接口对接、部署实施和培训，使全市重点排污单位的废水、废气在线监测数据统一接入平台，实现实时监控、超标预警和执法闭环管理。
P:1.2 定制开发内容包括：排污单位接入管理、超标预警模型、异常数据研判、执法任务派发、移动端应用及领导驾驶舱，具体要求详见附件一《需求规格说明书》。
P:1.3 平台部署于甲方指定的市电子政务云，乙方负责完成与省级污染源监控平台、排污许可管理系统和市大数据中心的数据对接，并迁移原有系统2019年以来的历史监测数据。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾柒万元整（¥2,470,000），含税，为固定总价。分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含数据库及中间件适配）|1,280,000
TB:2|定制开发（预警模型、执法闭环、移动端、驾驶舱）|860,000
TB:3|历史数据迁移及接口对接|236,000
TB:4|部署实施及培训|94,000
TB:合计||2,470,000
P:2.2 合同总价已包含软件许可、开发、迁移、实施、培训、差旅、税费以及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥494,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,111,500。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥864,500。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后90日内完成平台部署和定制开发，并书面提交初验申请；初验通过后平台进入试运行，试运行期为60日。
P:4.2 初验标准：（1）附件一所列功能全部实现，并经甲方逐项测试通过；（2）接入的重点排污单位不少于620家，监测数据从企业端到平台的传输延迟不超过60秒；（3）常用查询在500个并发用户下响应时间不超过3秒；（4）平台通过第三方网络安全等级保护三级测评及商用密码应用安全性评估；（5）历史数据迁移后经抽样比对无差异。
P:4.3 终验标准：试运行期内未发生一级故障，二级及以下问题全部整改完毕，源代码、数据库设计说明、接口文档、运维手册等文档交付齐全。终验由甲方组织专家按上述标准进行，形成书面验收报告。
P:4.4 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次的现场巡检，并派驻一名工程师在江临市提供本地服务。
P:5.2 平台月可用率不低于99.95%（经甲方同意的计划内维护除外，计划维护应提前3日书面告知甲方）。
P:5.3 故障分级及响应：一级故障（平台整体不可用或数据接入中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:5.4 乙方未达到上述响应或恢复时限的，每超时一小时扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从应付款项或履约保证金中直接扣除。
P:5.5 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费用的8%，即每年不超过¥102,400，且前三个维护年度不上调。维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属单位。
P:6.2 定制开发形成的源代码、模型、文档等成果的知识产权归甲方所有，乙方应在终验前交付全部源代码。甲方有权自行或委托第三方修改、使用和许可他人使用上述成果。
P:6.3 乙方保证其提供的软件和成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 平台中的监测数据、企业信息、执法记录等全部数据归甲方所有，乙方仅可为履行本合同目的处理，不得用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、操作审计和加密传输措施；乙方人员仅可通过甲方堡垒机访问生产环境，不得复制、下载或向第三方提供任何数据。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第八条 违约责任
P:8.1 乙方逾期完成部署或逾期提交验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 乙方逾期超过60日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:8.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第九条 分包与转让
P:乙方不得将本项目的任何部分分包或转包给第三方，亦不得转让本合同项下的权利义务。
H:第十条 合同解除
P:10.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:10.2 合同解除后，乙方应在10日内向甲方移交已完成的成果、源代码和全部数据。
H:第十一条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十二条 其他
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据不可抗力的影响程度部分或全部免除责任。
P:本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:附件一：需求规格说明书；附件二：分项报价表；附件三：初验及终验方案。
P:甲方（盖章）：江临市生态环境局　　代表签字：________　　日期：____年__月__日
P:乙方（盖章）：浙江清源环境信息技术有限公司　　代表签字：________　　日期：____年__月__日
"""

Z02 = """T:定型机电气控制系统改造及维保合同
P:合同编号：YR-SB-2026-0312
P:甲方（买方）：绍兴柯桥永润印染有限公司
P:乙方（卖方）：常州德隆自动化设备有限公司
P:甲方车间现有八台热风拉幅定型机，原电气控制系统老化、能耗偏高。乙方根据甲方需求完成现场勘察并提交改造方案。经双方友好协商，就定型机电气控制系统改造及后续维保事宜订立本合同，双方共同遵守。
H:一、改造内容
P:（一）乙方负责八台定型机电气控制系统的整体改造，包括更换PLC控制柜、主传动及风机变频器、烘箱温控及排风湿度检测模块、触摸屏，并安装车间集中监控软件，实现车速、温度、门幅、超喂等工艺参数的集中设定、记录和报警。
P:（二）乙方负责拆除旧控制柜、敷设线缆、编写PLC程序和触摸屏画面、联机调试，并将甲方现有的工艺配方导入新系统。
P:（三）改造应在甲方安排的停机窗口内分批进行，每批不超过两台，每台停机时间不超过6日，以减少对甲方生产的影响。
H:二、合同价款
P:（一）本合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），含13%增值税、运输、安装和培训费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|8套|68,000|544,000
TB:2|主传动及风机变频器|8套|36,500|292,000
TB:3|烘箱温控及排风湿度检测模块|8套|21,000|168,000
TB:4|触摸屏（HMI）|8套|9,800|78,400
TB:5|车间集中监控软件许可|1套|126,000|126,000
TB:|硬件及软件小计|||1,208,400
TB:6|拆装施工、编程及调试|1项|184,600|184,600
TB:7|操作及维护培训|1项|17,000|17,000
TB:|合同总价|||1,410,000
P:（二）上述价格为固定价格，合同履行期间不因材料价格或汇率变化而调整。
P:（三）因甲方书面要求增加改造内容的，双方另行签订补充协议，单价参照本合同价格表执行。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的25%作为预付款，即¥352,500。
P:（二）全部设备到达甲方车间并经甲方清点签收后10日内，甲方支付合同总价的35%，即¥493,500。
P:（三）全部设备安装调试完成后10日内，甲方支付合同总价的35%，即¥493,500。
P:（四）余款5%，即¥70,500，作为质量保证金，于质保期满且无质量争议后10日内支付。
H:四、交货与安装
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方车间，并在设备到货后60日内完成八台定型机的安装调试。
P:（二）乙方在现场施工时应遵守甲方的安全生产管理制度，施工人员应持证上岗，因乙方施工原因造成人身伤害或财产损失的，由乙方负责。
P:（三）乙方应在每批改造前5日提交施工计划和停机安排，经甲方生产部门确认后实施；改造完成的定型机应恢复原有车速和门幅能力，能耗数据由监控软件自动记录。
H:五、验收
P:（一）乙方完成每台定型机的安装调试后，应书面通知甲方。设备通电开机并投入生产，即视为该台设备验收合格。
P:（二）甲方在收到通知后3日内未提出书面异议的，亦视为验收合格。
H:六、质量保证
P:（一）乙方保证所供设备为全新原厂正品，符合国家标准和双方确认的改造方案。
P:（二）质保期为二十四个月，自全部设备安装调试完成之日起计算。质保期内因设备质量问题出现的故障，乙方免费维修或更换。
P:（三）乙方应随设备提供出厂合格证、检验报告、电气原理图及备件清单。
H:七、维保服务
P:（一）质保期内，乙方提供7×24小时电话支持。故障分为三级：一级故障（定型机整机停机）乙方应在2小时内响应，6小时内到达现场；二级故障（单项功能异常）8小时内响应，次日到达现场；三级故障在下次巡检时处理。
P:（二）乙方每季度进行一次上门巡检，检查控制柜、变频器和传感器状态，并出具巡检报告。
P:（三）上述响应和到场时限为乙方的服务目标，乙方未按时限到场或修复的，不承担扣款、赔偿或违约金责任。
P:（四）质保期满后，甲方可选择与乙方签订年度维保协议。年度维保费按硬件及软件小计的9%计取，即每年¥108,756，前三个维保年度价格固定不变。
P:（五）乙方应在绍兴设立备件库，常用易损件（继电器、传感器、触摸屏）保持合理库存。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、触摸屏画面及工艺配方界面，其知识产权归甲方所有，乙方应在调试完成时交付源程序和注释文档，甲方有权自行修改和使用。
P:（二）车间集中监控软件的著作权归原厂所有，甲方获得永久使用许可。
H:九、数据与保密
P:（一）系统运行中产生的工艺参数、配方、产量及能耗数据均归甲方所有，乙方仅可为维保目的查看，不得复制、带离或用于其他目的。
P:（二）乙方远程维护须经甲方书面同意，通过甲方提供的账号接入并全程留存操作记录。乙方应采取必要措施防止数据泄露；因乙方原因导致甲方数据泄露或丢失的，乙方应在2小时内通知甲方并承担赔偿责任。
P:（三）乙方对在履行本合同中知悉的甲方工艺配方、客户信息和经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下的工作分包给第三方；确需将线缆敷设等辅助工作交由他人完成的，应事先取得甲方书面同意。
H:十二、合同解除
P:任何一方严重违约，经对方书面通知后10日内未纠正的，守约方有权解除本合同并要求赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:十四、培训
P:（一）乙方应对甲方每个班组的挡车工、电工和设备主管进行操作及维护培训，培训不少于三次，每次不少于半天，并提供中文操作手册和电气图纸。
P:（二）培训结束后乙方应组织考核，考核合格的人员名单由双方签字确认。甲方新入职的操作人员，乙方应在质保期内免费安排补充培训。
H:十五、不可抗力
P:因地震、台风、疫情等不可抗力导致一方不能履行合同的，受影响方应在3日内书面通知对方，并在15日内提供相关证明。双方根据不可抗力的影响程度协商延期履行、部分履行或解除合同，受影响方在不可抗力影响范围内免除责任。
H:十六、通知
P:本合同项下的通知应以书面形式送达双方在本合同首部载明的地址，或发送至双方指定的电子邮箱。一方变更地址或联系人的，应在变更后3日内书面通知对方，否则原地址视为有效送达地址。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造方案、设备清单及技术参数。
P:甲方（盖章）：绍兴柯桥永润印染有限公司　　授权代表：________　　日期：____年__月__日
P:乙方（盖章）：常州德隆自动化设备有限公司　　授权代表：________　　日期：____年__月__日
"""

Z03 = """客户及护理记录SaaS服务与实施合同

合同编号：HYY-IT-2026-008
甲方（客户）：广州禾悦母婴护理服务连锁有限公司
乙方（服务商）：深圳安颐云科技有限公司
签订地点：广州市天河区

鉴于甲方在广州、佛山、东莞共经营18家月子中心门店，需要统一的客户管理及护理记录系统；乙方运营“安颐护理云”SaaS平台并具备相应的实施能力。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

1. 服务内容
1.1 乙方向甲方18家门店提供“安颐护理云”SaaS服务，功能包括：客户档案与合同管理、入住排房、产妇及新生儿每日护理记录、膳食管理、护理人员排班、满意度回访及经营报表。
1.2 乙方负责系统实施，包括门店开通配置、护理评估模板定制、从甲方现有系统迁移近三年客户及护理数据、与甲方财务系统及企业微信对接，以及对门店店长、护士和护理员的培训。
1.3 服务期为三个服务年度，自上线验收合格之日的次日起算。每个服务年度届满前双方应召开一次年度服务回顾会。
1.4 乙方应为甲方指定一名项目经理和一名客户成功经理，负责实施协调及服务期内的日常对接。
1.5 培训分门店进行，每家门店培训不少于两次，乙方提供培训视频和操作手册，新入职员工可通过平台在线学习。

2. 合同价款
2.1 本合同总价为人民币壹佰零伍万壹仟贰佰元整（¥1,051,200），明细如下：
（1）SaaS订阅费：18家门店 × ¥16,800/门店/服务年度 × 3个服务年度 = ¥907,200；
（2）实施及数据迁移费（一次性）：¥126,000；
（3）培训费（一次性）：¥18,000。
2.2 服务期内甲方新开门店的，按每家门店每服务年度¥16,800的单价按月折算增加订阅费；门店关闭的，自次月起相应减少。
2.3 订阅费单价在服务期内固定不变。
2.4 上述价格均含增值税，税率为6%。

3. 付款方式
3.1 本合同不设预付款。
3.2 实施及数据迁移费和培训费，在上线验收合格后20个工作日内一次性支付。
3.3 订阅费按季度结算，乙方在每个季度结束后开具发票，甲方在收到发票后15个工作日内支付该季度订阅费。
3.4 乙方应开具增值税专用发票，发票不合格的，甲方有权顺延付款。

4. 实施与验收
4.1 乙方应在合同签订后75日内完成全部18家门店的开通、数据迁移和培训，并提交上线验收申请。
4.2 上线验收标准：（1）18家门店均已开通并完成至少7日的实际护理记录；（2）迁移的客户档案、合同和护理记录经双方抽样核对无差异；（3）护理评估模板和报表符合附件二的要求；（4）与财务系统、企业微信的接口连续运行7日无错误；（5）常用页面在门店网络条件下打开时间不超过2秒。
4.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
4.5 验收中发现的问题，乙方应在5个工作日内整改完毕并重新提交验收。
4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥800。

5. 服务水平
5.1 平台月可用率不低于99.5%，计划内维护应安排在凌晨1:00至5:00之间，并提前48小时通知甲方。
5.2 故障分级：一级故障（平台无法登录或护理记录无法保存）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（咨询及优化类）在3个工作日内答复。
5.3 月可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的2%；一级故障超过恢复时限的，每超过一小时减免当月订阅费的1%。当月减免总额不超过当月订阅费。
5.4 乙方每月向甲方提供服务报告，列明可用率、故障处理及减免情况。
5.5 乙方应提供7×24小时服务热线及在线工单系统，工单处理进度甲方可随时查询。

6. 客户数据
6.1 甲方通过本服务录入、上传或产生的全部数据，包括客户档案、产妇及新生儿护理记录、照片和经营数据，均归甲方所有。
6.2 乙方仅可为向甲方提供本合同约定的服务而使用上述数据，不得出售，也不得用于其他任何目的。
6.3 服务期满或合同解除后，乙方应在30日内按甲方要求的格式导出并交付全部数据。

7. 知识产权
7.1 “安颐护理云”平台及其软件的知识产权归乙方所有。
7.2 乙方为甲方定制的护理评估模板、报表及接口程序归甲方所有，甲方可自行或委托他人修改和使用。

8. 保密
8.1 双方对在履行本合同过程中知悉的对方商业信息、价格、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。
8.2 保密义务在本合同终止后继续有效，直至相关信息进入公知领域。

9. 违约责任
9.1 任何一方违反本合同约定的，应承担违约责任并赔偿对方因此遭受的损失。
9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

10. 分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

11. 期限与解除
11.1 服务期届满，本合同终止，不自动续期。双方如需续约，应在期满前60日另行协商并签订书面协议。
11.2 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
11.3 平台连续两个月未达到本合同第5.1条约定可用率的，甲方有权解除本合同，且不承担任何违约责任。
11.4 合同终止后，乙方应按第6.3条交付数据，并协助甲方完成向其他系统的迁移。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

13. 不可抗力
因地震、台风、疫情等不可抗力导致一方不能履行合同的，受影响方应及时书面通知对方，并在10日内提供证明。双方根据不可抗力的影响程度协商延期履行或解除合同，受影响方在影响范围内免除责任。

14. 通知
本合同项下的通知应以书面形式送达本合同首部载明的地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应在变更后3日内书面通知对方。

15. 廉洁
双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条约定的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。

16. 其他
16.1 本合同附件包括：附件一《服务功能清单》、附件二《护理评估模板及报表要求》、附件三《实施计划》。
16.2 本合同一式四份，双方各执两份，经双方盖章后生效。

甲方（盖章）：广州禾悦母婴护理服务连锁有限公司
授权代表：________　　日期：____年__月__日

乙方（盖章）：深圳安颐云科技有限公司
授权代表：________　　日期：____年__月__日
"""

Z04 = """南屏市住房公积金管理中心
12329服务热线系统运行维护服务合同

项目编号：NPGJJ-CS-2026-04（竞争性磋商）
甲方：南屏市住房公积金管理中心
乙方：湖南星联通信技术服务有限公司

甲方通过竞争性磋商方式采购“12329服务热线系统运行维护服务”，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》、磋商文件、乙方响应文件及成交通知书，双方订立本合同。

（1）服务范围
① 运维对象为甲方12329服务热线系统，包括呼叫中心平台、CTI服务器、IVR语音导航、坐席及质检系统、录音服务器、短信平台、智能语音导航模块，以及与公积金业务系统、政务服务热线的接口。
② 服务内容包括：日常监控与巡检、故障处理、系统配置变更、原厂软件补丁及版本升级、录音存储管理、数据备份与恢复演练、安全加固、备品备件更换、话务高峰保障和年度应急演练。
③ 乙方派驻两名具备呼叫中心运维经验的工程师在甲方热线机房驻场，工作时间为热线开通时段；非工作时间由乙方远程值守，并保证接到通知后1小时内到达现场。
④ 乙方更换的备品备件应为原厂或经甲方认可的同等品质部件，更换下来的存储介质交由甲方处理。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（3）合同价款
本合同总价为人民币陆拾伍万元整（¥650,000），为固定总价，包括以下各项：
驻场运维服务：2人，每人¥168,000，小计¥336,000；
远程技术支持及月度巡检：¥96,000；
原厂软件升级服务（CTI、IVR）：¥118,000；
备品备件：¥64,000；
应急演练及安全加固：¥36,000。
以上合计¥650,000。服务期内甲方因业务需要增加坐席的，双方按响应文件单价另行签订补充协议。

（4）付款方式
① 本合同不设预付款。
② 服务费按季度支付，每季度¥162,500。每季度结束后，甲方按第（6）项完成季度考核，考核合格且乙方开具发票后15个工作日内，甲方支付该季度服务费。
③ 按第（7）项计算的扣款在当季服务费中直接扣除。
④ 乙方应在合同签订后5日内向甲方提交合同总价5%的履约保证金，服务期满经年度验收合格后无息退还。

（5）服务水平
① 热线系统月可用率不低于99.99%，经甲方书面同意的计划内维护不计入不可用时间，计划维护应安排在热线关闭时段。
② 故障分级及时限：一级故障（热线全部呼入中断、IVR或坐席系统整体不可用）乙方应在15分钟内响应，1小时内恢复；二级故障（部分坐席、录音或短信功能异常）30分钟内响应，3小时内恢复；三级故障（不影响受理的一般问题）2个工作日内解决。
③ 来电排队、录音丢失、短信发送失败等异常应在当日查明原因并书面报告甲方。
④ 乙方每月5日前提交上月运维报告，内容包括可用率、故障清单、话务量趋势及改进建议。
⑤ 乙方应建立运维知识库，记录每次故障的现象、原因和处理过程，服务期满时作为交接资料移交甲方。
⑥ 缴存基数调整、贷款政策调整等话务高峰期间，乙方应增派一名工程师现场值守，费用已包含在合同总价中。
⑦ 乙方驻场人员应保持稳定，更换人员须提前10日书面报甲方同意，新人员资质不得低于原人员；甲方认为驻场人员不称职的，有权要求乙方在5日内更换。

（6）考核与验收
① 甲方每季度根据附件《运维服务考核细则》对乙方进行考核，考核内容包括：可用率、故障响应及恢复时限、巡检记录完整性、驻场人员出勤、报告质量及甲方满意度。季度考核得分不低于85分为合格。
② 服务期满前，乙方提交年度运维总结、资产清单、配置文档和交接资料，甲方组织年度验收；年度验收以四个季度考核结果和交接资料完整性为标准，并出具书面验收意见。
③ 乙方应在合同签订后10日内完成与原运维单位的交接，交接内容包括账号、配置、备件和文档，由甲方签字确认。

（7）违约责任
① 一级故障超过恢复时限的，每超过30分钟扣减¥2,000；二级故障超时的，每次扣减¥500。月可用率低于承诺值的，每低0.01个百分点扣减¥1,000。
② 乙方未能在约定时间内完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
③ 季度考核不合格的，扣减当季服务费的5%；连续两个季度不合格的，甲方有权解除合同。
④ 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

（8）数据安全
① 热线来电记录、通话录音、缴存职工个人信息及业务数据均归甲方所有，乙方仅可为履行本合同处理，不得留存、复制或用于其他目的。
② 乙方应执行甲方的网络安全及个人信息保护制度，运维操作须通过甲方堡垒机进行并全程审计；驻场人员应签署个人信息保护承诺书，离场时交回全部账号和介质。
③ 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任，包括甲方因此承担的行政处罚和对第三方的赔偿。

（9）保密
乙方对在服务中知悉的甲方工作秘密、系统配置、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务在合同终止后继续有效。

（10）知识产权
乙方在运维过程中为甲方编写的脚本、配置文档、运维手册和报表，其知识产权归甲方所有，甲方可自由使用、修改和提供给后续运维单位。

（11）分包与转包
乙方不得转包本合同，亦不得将本合同项下的任何服务分包给第三方。

（12）合同解除
① 乙方严重违约，经甲方书面通知后7日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
② 合同解除或终止时，乙方应在10日内完成交接，配合甲方或新的运维单位平稳过渡，交接期间不得中断热线服务。
③ 甲方因机构调整、政策变化等原因需要变更服务内容的，双方协商签订补充协议。

（13）法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14）不可抗力
因自然灾害、疫情等不可抗力导致一方不能履行合同的，受影响方应及时书面通知对方并提供证明，双方协商延期履行或解除合同，受影响方在影响范围内免除责任。不可抗力期间乙方仍应尽力保障热线基本运行。

（15）通知与廉洁
本合同项下的通知以书面形式送达本合同载明的地址或指定邮箱。乙方及其人员不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。

（16）其他
本合同附件包括：磋商文件、响应文件、《运维服务考核细则》、驻场人员名单。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：南屏市住房公积金管理中心　　代表：________
乙方（盖章）：湖南星联通信技术服务有限公司　　代表：________
日期：____年__月__日
"""

Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**杭州仓策软件有限公司 标准合同文本 CC-WMS-2025版**

合同编号：CC-WMS-2026-0219

甲方（用户）：绍兴鉴湖古越黄酒股份有限公司

乙方（许可方）：杭州仓策软件有限公司

鉴于乙方拥有“仓策WMS仓储管理系统”软件（以下简称“软件”）的著作权，甲方拟在其成品酒仓、原酒库及陈酿酒库部署使用该软件，并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 许可及开发内容

1.1 乙方授予甲方软件的永久、非独占、不可转让的使用许可，许可范围为甲方三个仓库、60个并发用户及120台手持终端。

1.2 乙方根据甲方需求进行以下定制开发：酒坛及批次追溯、陈酿库位与酒龄管理、装瓶出库与经销商发货协同、与甲方ERP及税务系统的接口。具体以双方确认的《需求确认书》为准。

1.3 乙方负责软件的安装部署、基础数据导入及操作培训。

1.4 软件运行所需的服务器、数据库、网络及手持终端等硬件和第三方软件由甲方自行采购，乙方提供配置建议。本合同价格不含上述硬件及第三方软件费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓策WMS软件永久许可（3仓、60用户、120终端） | 1,360,000 |
| 2 | 定制开发（追溯、陈酿库位、发货协同、ERP接口） | 420,000 |
| 3 | 安装部署及数据导入 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 1,900,000 |

本合同总价为人民币壹佰玖拾万元整（¥1,900,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥950,000。乙方收到预付款后开始实施。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的38%，即¥722,000。

3.3 系统验收合格后5个工作日内，甲方支付合同总价的12%，即¥228,000。

3.4 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持。

3.5 乙方在收到每笔款项前向甲方开具等额增值税专用发票。

## 第四条 实施与验收

4.1 乙方应在收到预付款后120日内完成定制开发、部署及上线。因甲方原因（包括需求变更、场地或硬件未就绪）导致延误的，工期相应顺延。

4.2 系统上线并稳定运行20日后，乙方提交验收申请。甲方应在收到申请后10个工作日内，依据《需求确认书》所列功能清单和双方确认的测试用例逐项测试，全部测试用例通过且库存账实核对一致的，即为验收合格，双方签署验收报告。

4.3 测试中发现的问题，乙方应在10个工作日内修复并重新提交测试。

4.4 乙方为甲方仓库主管、系统管理员和操作员提供集中培训，培训时间合计不少于五天，并提供操作手册。

4.5 甲方应指定项目负责人，及时确认需求、提供基础数据和测试环境，并组织仓库人员参加培训和测试。系统上线前，乙方协助甲方完成期初库存盘点及数据导入，期初数据的准确性由甲方负责。

## 第五条 免费维护期及技术支持

5.1 自验收合格之日起六个月为免费维护期。免费维护期内，乙方免费修复软件缺陷，并通过电话、邮件和远程方式提供技术支持。

5.2 乙方技术支持时间为工作日9:00至17:30，乙方将尽合理努力及时处理甲方提出的问题。

5.3 免费维护期满后，甲方应与乙方签订年度维护合同。年度维护费为软件许可费的26%，即每年¥353,600。维护内容包括缺陷修复、版本升级和远程技术支持。

5.4 因甲方擅自修改软件、使用非乙方推荐的硬件或操作不当导致的故障，不属于免费维护范围，乙方可另行收费。甲方要求乙方现场服务的，差旅费用由甲方承担。

## 第六条 知识产权

6.1 软件及其文档的著作权归乙方所有。

6.2 乙方为甲方定制开发的程序、接口、报表及相关文档，其知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，未经乙方书面同意，不得修改、反向工程或提供给任何第三方使用。

6.3 甲方需要源代码的，应另行与乙方签订源代码托管协议并支付费用。

6.4 乙方保证软件不侵犯第三方知识产权；如因此引起纠纷，由乙方负责处理。

## 第七条 数据

7.1 甲方在软件中录入和产生的业务数据归甲方所有。

7.2 乙方应采取合理的技术和管理措施保护其接触的甲方数据的安全，远程维护须经甲方同意；发生数据泄露、丢失的，乙方应及时通知甲方，因乙方过错造成的，乙方应承担相应赔偿责任。

7.3 甲方同意，乙方可对甲方的仓储业务数据进行脱敏处理后，用于乙方产品改进、行业分析报告及向其他客户提供的行业基准服务。

## 第八条 保密

双方对在合作中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 第九条 违约责任

9.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

9.2 乙方在本合同项下对甲方承担的全部赔偿责任累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

9.3 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作的费用。

## 第十条 分包

乙方可根据项目需要，将部分实施、数据导入或接口开发工作委托给其合作伙伴完成，但应书面通知甲方。乙方对合作伙伴的工作质量负责。合作伙伴名单由乙方根据项目进度确定。

## 第十一条 合同解除

任何一方严重违反本合同，经守约方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。因甲方原因解除的，已付款项不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

## 第十三条 不可抗力

因地震、洪水、疫情等不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同，受影响方在影响范围内免除责任。

## 第十四条 通知

本合同项下的通知以书面形式送达本合同载明的地址或双方指定的电子邮箱。一方变更联系方式的，应在3日内书面通知对方。

## 第十五条 廉洁

双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼品或其他不正当利益。

## 第十六条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。《需求确认书》及测试用例为本合同附件。

甲方（盖章）：绍兴鉴湖古越黄酒股份有限公司　　代表：________

乙方（盖章）：杭州仓策软件有限公司　　代表：________

日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PLX-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Huamu Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Xingning Road, Yinzhou District, Ningbo (the "Customer"), and Planix Software sp. z o.o., a company incorporated in Poland with its registered office at ul. Lubicz 23, 31-503 Kraków, Poland (the "Vendor").
P:Whereas the Vendor develops and licenses the Planix advanced planning and scheduling software; whereas the Customer manufactures panel and upholstered furniture in three plants in Ningbo and wishes to plan its production with that software; and whereas the Vendor has agreed to license the software and to configure and implement it for the Customer, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Planix APS server, planner and shop-floor client software in the version current at signature, with its documentation. "Licences" means the perpetual licences listed in Article 3.
P:1.2 "Services" means the configuration, interface development, data migration and training described in Article 2 and Annex 1. "Deliverables" means all configurations, interface programs, scripts, reports and documents that the Vendor produces for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the signing of the acceptance certificate under Article 6. "Support Year" means each successive period starting on the day after the end of the Warranty Period or on an anniversary of that day.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer the Licences and shall install the Software on the Customer's servers in its Ningbo data room.
P:2.2 The Vendor shall configure the Software for the three plants (cutting, edge banding, drilling, upholstery and packing lines), develop interfaces to the Customer's ERP and MES systems, migrate open orders, routings and bills of materials, and train planners and key users, all as specified in Annex 1.
P:2.3 The Vendor shall deliver the Deliverables with their source code, where applicable, and with administrator documentation in English and Chinese.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,434,000, inclusive of applicable taxes, made up as follows.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Planix APS Server Licence (perpetual)|1|486,000|486,000
TB:Planner named-user Licences (perpetual)|20|18,600|372,000
TB:Shop-floor client Licences (perpetual)|40|4,150|166,000
TB:Licence Subtotal|||1,024,000
TB:Configuration and ERP/MES interfaces|1|318,000|318,000
TB:Data migration|1|64,000|64,000
TB:Training|1|28,000|28,000
TB:Contract Price|||1,434,000
P:3.2 The Contract Price is fixed and covers all Services, travel and expenses.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 143,400) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in China.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 788,700) within 20 days after the Software has been installed and the installation certificate has been signed. The installation certificate confirms delivery only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 501,900) within 20 days after Final Acceptance.
P:4.4 Invoices shall be addressed to the Customer and shall state the amount in CNY.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall install the Software within 30 days after signature and shall achieve Final Acceptance within 150 days after signature, following the project plan in Annex 2.
P:5.2 If the Vendor fails to achieve Final Acceptance by that date for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests shall show that: (a) all functions listed in Annex 1 work as specified; (b) the Software produces a complete finite-capacity schedule for 5,000 open orders in no more than 90 seconds; (c) the ERP and MES interfaces transfer orders, confirmations and stock movements without error, as reconciled by the Customer; and (d) the plants have planned with the Software in parallel with the old method for 20 working days without any Severity 1 defect.
P:6.2 The Customer shall sign the acceptance certificate within 10 working days after the tests are passed. Installation, productive use of the Software or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Deliverables will conform to Annex 1 for a Warranty Period of 18 months from Final Acceptance, and shall correct any non-conformity free of charge.
P:7.2 During the Warranty Period the Vendor provides support as follows: Severity 1 (the Software cannot produce or publish a schedule for any plant) response within 1 hour and a workaround within 8 hours; Severity 2 response within 8 business hours; Severity 3 in the next maintenance release. The Vendor's support desk operates in Chinese through its partner engineers in Shanghai and in English from Kraków.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,500 for each hour of delay, deducted from the next payment or paid on request.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal (CNY 112,640) for each of the first three Support Years; later changes require the written agreement of both parties and may not exceed 3% per Support Year. Support is ordered by purchase order each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software. The Licences are perpetual, irrevocable and cover the Customer and its affiliates in China.
P:8.2 All intellectual property in the Deliverables vests in the Customer on creation. The Customer may use, modify and license the Deliverables freely, including to third parties who support its systems.
H:Article 9 Customer Data
P:9.1 All production, order, customer and employee data processed with the Software belongs to the Customer. The Vendor may process it only to perform this Agreement and on the Customer's instructions.
P:9.2 The Software is hosted on the Customer's premises. The Vendor may access it only through the Customer's VPN with multi-factor authentication, for each session with the Customer's approval, and shall not copy any data outside the Customer's systems. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer data within 24 hours of becoming aware of it, shall take all reasonable measures to contain it, and shall indemnify the Customer for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breach of Article 9 or Article 10, or infringement of intellectual property.
H:Article 12 Subcontracting
P:The Vendor may not subcontract any part of the Services without the Customer's prior written consent. The Vendor's partner engineers in Shanghai named in Annex 2 are approved by the Customer's signature of this Agreement. The Vendor remains responsible for all subcontractors.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination the Vendor shall hand over all Deliverables and Customer data and refund payments for Services not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Poland.
P:14.2 Any dispute arising from this Agreement shall be finally resolved by arbitration at the Court of Arbitration at the Polish Chamber of Commerce in Warsaw, in English, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and does its best to limit the effect. The time for performance is extended by the period of the delay. If such an event lasts longer than 90 days, either party may end this Agreement by written notice.
P:15.3 Notices under this Agreement must be in writing and delivered by hand, by courier or by e-mail to the addresses stated above or to any other address a party notifies in writing.
P:15.4 Neither party may assign this Agreement without the prior written consent of the other party.
P:15.5 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Ningbo Huamu Home Furnishing Co., Ltd.   Name: ____________   Title: ____________   Date: ____________
P:For the Vendor: Planix Software sp. z o.o.   Name: ____________   Title: ____________   Date: ____________
"""

E02 = """# ORDER FORM No. FS-2026-0388

**Provider:** Fieldstep s.r.o., Vlněna 5, 602 00 Brno, Czech Republic, company ID 08812345 ("Provider")

**Customer:** Hangzhou Qingyan Cosmetics Co., Ltd., 1288 Wenyi West Road, Yuhang District, Hangzhou, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Fieldstep General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscribed Service

Fieldstep Retail Execution, a cloud service for field sales and merchandising teams: store visit planning, shelf and display audits with photos, promotion compliance checks, order taking, and management dashboards. The service is delivered from the Provider's hosting environment in the Alibaba Cloud Shanghai region.

## 2. Subscription Term

The initial subscription term is three Subscription Years starting on the Subscription Start Date, which is the day after Go-Live Acceptance under item 5. A "Subscription Year" is each successive period starting on the Subscription Start Date or on an anniversary of it.

## 3. Fees

At the Customer's request all fees are quoted and invoiced in Chinese yuan (CNY).

| Item | Quantity | Unit fee (CNY) | Per Subscription Year (CNY) | Initial term (CNY) |
|---|---|---|---|---|
| Field User subscription | 320 users | 1,080 per user per Subscription Year | 345,600 | 1,036,800 |
| Manager User subscription | 40 users | 1,620 per user per Subscription Year | 64,800 | 194,400 |
| Onboarding (one-time) | 1 | 86,000 | | 86,000 |
| Total | | | | 1,317,200 |

Additional users may be added at the unit fees above, pro rata to the end of the current Subscription Year.

## 4. Invoicing and Payment

4.1 Subscription fees are invoiced quarterly in advance, the first invoice being issued on the Subscription Start Date. No subscription fee is invoiced before the Subscription Start Date.

4.2 The onboarding fee is invoiced after Go-Live Acceptance.

4.3 Invoices are payable within 30 days of receipt by bank transfer in CNY to the Provider's account stated on the invoice.

## 5. Onboarding and Go-Live Acceptance

5.1 The Provider shall configure the service for the Customer's product catalogue, store master data (about 4,600 stores), visit routes and audit forms, integrate it with the Customer's distributor management system, migrate the last two years of visit history, and train 12 trainers of the Customer. The target date for Go-Live is 70 days after signature. The Provider will use reasonable efforts to meet that date.

5.2 Go-Live Acceptance requires that: (a) all features in the Annex to this Order Form work in the Customer's configuration; (b) store, product and visit data reconcile with the Customer's source data; (c) orders taken in the app reach the distributor management system without error for ten consecutive business days; and (d) the mobile app works on the device models listed by the Customer. The Customer shall confirm Go-Live Acceptance in writing within ten business days after the tests are passed. Use of the service by field users before that confirmation is not acceptance.

## 6. Renewal

After the initial term, the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. For each renewal Subscription Year the Provider may increase the unit fees by up to 8% by notice given at least 60 days before the renewal date.

## 7. Contacts

Provider: Customer Success Manager for Asia, support@fieldstep.example. Customer: Head of Sales Operations, Hangzhou.

Signed for the Provider: ____________ Name / Title / Date

Signed for the Customer: ____________ Name / Title / Date

---

# FIELDSTEP GENERAL TERMS (version 2026.1)

## Section 1. The Service

1.1 The Provider shall provide the subscribed service to the Customer and its authorised users during the subscription term in accordance with the Agreement and its documentation.

1.2 The Provider may improve the service from time to time, provided that it does not materially reduce the functionality subscribed in the Order Form.

1.3 The Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure, and for the use of the service by its users in accordance with the documentation. The Customer shall provide the mobile devices used by its field users.

1.4 The Provider shall give the Customer at least 30 days' notice of any planned change that affects the Customer's integrations with its distributor management system.

## Section 2. Service Levels

2.1 The Provider targets a monthly availability of the service of 99.95%, excluding scheduled maintenance announced at least five business days in advance and carried out between 00:00 and 06:00 China Standard Time.

2.2 Support requests are classified by priority. For Priority 1 incidents (the service is unavailable, or field users cannot record visits or orders) the Provider responds within 1 hour at any time. For Priority 2 incidents it responds within 8 business hours, and for Priority 3 within two business days.

2.3 The service levels in this Section are targets. No service credits, refunds or other compensation are payable if they are not met.

## Section 3. Customer Data

3.1 "Customer Data" means all data that the Customer or its users enter into or upload to the service, including store data, photos, orders and personal data of field staff. Customer Data belongs to the Customer.

3.2 The Provider processes Customer Data only to provide the service to the Customer and on the Customer's documented instructions, and does not use it for any other purpose.

3.3 The Provider stores Customer Data only in mainland China, in an environment that holds an MLPS level 3 filing. It encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, keeps access logs for at least 180 days, and complies with the PRC Personal Information Protection Law and Data Security Law.

3.4 The Provider shall notify the Customer of any personal data breach or security incident affecting Customer Data within 24 hours of becoming aware of it, shall take prompt measures to contain it, and shall compensate the Customer for losses, fines and third-party claims resulting from an incident caused by the Provider's breach of this Section.

3.5 At the end of the subscription term the Provider shall make all Customer Data available for export in CSV and image formats for 60 days and shall then delete it and confirm the deletion in writing.

## Section 4. Intellectual Property

4.1 The Provider owns the service, the software and its documentation.

4.2 Audit forms, report layouts, dashboards and configurations created specifically for the Customer belong to the Customer, which may use, copy and modify them and let third parties use them.

## Section 5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement, and not disclose it to any third party without prior written consent, during the subscription term and for three years afterwards.

## Section 6. Subcontracting

The Provider may use the hosting provider named in the Order Form. The Provider shall not engage any other subcontractor to perform the service without the Customer's prior written consent, and it remains responsible for the acts of all subcontractors.

## Section 7. Warranties

The Provider warrants that the service will perform materially in accordance with its documentation and that it has the right to grant the Customer the use of the service.

## Section 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except in cases of wilful misconduct.

8.2 The total liability of each party under the Agreement is limited to 150% of the total fees payable under the Order Form for the initial term. This limit does not apply to breach of Section 3 or Section 5, personal injury, or wilful misconduct.

## Section 9. Term and Termination

9.1 The Agreement runs for the subscription term, including any renewal.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

9.3 If the Customer terminates under Section 9.2, the Provider shall refund the prepaid fees for the period after termination.

## Section 10. Governing Law and Disputes

At the Customer's request, the Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

## Section 11. General

11.1 Notices must be in writing and sent to the addresses in the Order Form.

11.2 Neither party may assign the Agreement without the other party's prior written consent.

11.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly. If such an event prevents performance for more than 60 days, either party may terminate the Agreement by written notice.

11.4 The Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. SQ-CG-2026-041
P:Buyer: Zhengzhou Sanquan Frozen Foods Co., Ltd., 6 Dongfeng Road, Huiji District, Zhengzhou, Henan, People's Republic of China (the "Buyer").
P:Supplier: Tatrasense s.r.o., Južná trieda 74, 040 01 Košice, Slovak Republic (the "Supplier").
P:Background: The Buyer operates six cold stores and two blast-freezing rooms at its Zhengzhou plant. It wishes to replace its wired temperature recorders with a wireless monitoring system, and it selected the Supplier after a request for quotation. This contract is on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the wireless temperature and humidity monitoring system described in Annex 1 (the "System"), consisting of sensors, door and defrost contact sensors, LoRa gateways, two edge servers and the monitoring software, and shall integrate the System with the Buyer's warehouse management system and its alarm SMS platform.
P:1.2 The Supplier shall deliver all equipment new and unused, in the Supplier's original packaging, with calibration certificates traceable to national standards for each temperature sensor.
P:1.3 The Supplier shall train the Buyer's quality and maintenance staff and provide operating and maintenance manuals in Chinese and English.
P:1.4 The Buyer shall provide mains power points, network connections for the edge servers, safe access to the cold stores and a lockable storage area for the equipment during installation, as listed in Annex 2.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 850,000, inclusive of VAT, import duties, delivery to the Buyer's plant, installation and training, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor TH-40|240|1,460|350,400
TB:2|Door and defrost contact sensor|64|880|56,320
TB:3|LoRa gateway|12|9,600|115,200
TB:4|Edge server (redundant pair)|2|38,500|77,000
TB:5|Monitoring software, perpetual site licence|1|142,000|142,000
TB:|Hardware and Licence Subtotal|||740,920
TB:6|Installation, calibration and commissioning|1|96,480|96,480
TB:7|Training|1|12,600|12,600
TB:|Contract Price|||850,000
P:2.2 The Contract Price is fixed and is paid in Chinese yuan (CNY).
H:Section 3 Payment
P:3.1 No advance payment is made under this contract.
P:3.2 The Buyer shall pay 60% of the Contract Price (CNY 510,000) within 30 days after all equipment has been delivered and the delivery certificate has been signed. The delivery certificate confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 297,500) within 30 days after Final Acceptance under Section 5.
P:3.4 The remaining 5% (CNY 42,500) is retained as a quality deposit and paid within 30 days after the end of the Warranty Period, provided that no warranty claim is outstanding.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Installation work inside the cold stores shall follow the Buyer's food-safety and cold-room safety rules. Work shall be scheduled with the Buyer so that no cold store is opened for longer than necessary.
P:4.4 Each delivery shall be accompanied by a packing list, the commercial invoice, the certificate of origin, the calibration certificates and the customs documents needed for import clearance. The Supplier bears the risk of loss or damage until the equipment has been delivered to the Buyer's plant.
P:4.3 If the Supplier fails to complete installation and commissioning on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate the contract under Section 12.
H:Section 5 Acceptance
P:5.1 Final Acceptance follows a 14-day trial operation after commissioning. The System passes when: (a) every temperature sensor reads within ±0.3 °C of a calibrated reference probe at three test points; (b) no sensor misses more than two scheduled readings per day during the trial; (c) a simulated over-temperature or door-open event produces an alarm on the dashboard and an SMS within 60 seconds; (d) records are transferred to the warehouse management system without loss; and (e) all documents and calibration certificates have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within 7 days after the criteria are met. Delivery, installation, use of the System or payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System, including all hardware and the software, for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective part free of charge, including batteries that fail before their rated life, and shall recalibrate the sensors once a year at no charge.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare gateway at its service partner in Zhengzhou.
P:6.3 The warranty does not cover damage caused by the Buyer's misuse, by physical impact from forklifts or by repairs made by persons not authorised by the Supplier. The Supplier shall nevertheless repair such damage at its usual parts prices if the Buyer so requests.
H:Section 7 Service Levels
P:7.1 During the Warranty Period: Severity 1 (monitoring of any cold store is lost, or alarms are not sent) remote response within 30 minutes and on-site restoration within 8 hours; Severity 2 (a single sensor or gateway fault) response within 2 business hours and repair within three business days; Severity 3 at the next scheduled visit.
P:7.2 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, deducted from the quality deposit or any amount due.
H:Section 8 Post-Warranty Support
P:After the Warranty Period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 51,864.40 per year), fixed for the first three support years after the Warranty Period. Support is ordered by purchase order each year and does not renew automatically.
H:Section 9 Data and Security
P:9.1 All temperature, humidity and door records, alarm logs and reports produced by the System belong to the Buyer. The Supplier may use them only to perform this contract.
P:9.2 The System stores data on the Buyer's edge servers only and sends no data to any cloud service. The Supplier may access the System remotely only through the Buyer's VPN, with the Buyer's approval for each session, and shall not copy any data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 24 hours, take immediate remedial measures, and bear liability for losses caused by its breach of this Section.
H:Section 10 Confidentiality and Intellectual Property
P:10.1 Each party shall keep confidential the other party's non-public information obtained under this contract, including the Buyer's plant layout and production data, and shall not disclose it to third parties without prior written consent, for three years after the end of the contract.
P:10.2 Configurations, dashboards, alarm rules and integration scripts made for the Buyer belong to the Buyer, which may use, modify and hand them to third parties freely. The monitoring software remains the property of the Supplier and is licensed to the Buyer perpetually.
H:Section 11 Liability and Subcontracting
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 9, which are not limited.
P:11.2 The installation subcontractor named in Annex 2 is approved by the Buyer's signature of this contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:Section 12 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in Section 4.3.
H:Section 13 Force Majeure and Notices
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. If such an event lasts longer than 60 days, either party may terminate this contract by written notice.
P:13.2 Notices under this contract must be in writing and delivered by hand, by courier or by e-mail to the addresses above.
P:13.3 The Supplier shall not offer any payment, gift or other advantage to the Buyer's employees in connection with this contract. A breach of this clause entitles the Buyer to terminate the contract.
H:Section 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
P:Annex 1: System specification and equipment list. Annex 2: Installation plan and approved subcontractor. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

Agreement reference: HDC-XM-2026-07

**Between**

**Xiamen Kanghe Pharmaceutical Distribution Co., Ltd.**, 399 Chenggong Avenue, Huli District, Xiamen, Fujian, People's Republic of China (the "Customer"); and

**Hajdú DataCare Kft.**, Piac utca 51, 4025 Debrecen, Hungary (the "Provider").

**Background.** The Customer operates its own backup infrastructure (backup servers, disk appliances and a tape library) in its Xiamen data centre and a replica site in Fuzhou. It wishes to outsource the daily operation of that infrastructure. The Provider operates managed backup services for customers in Europe and Asia through a 24x7 operations centre. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1. "Service Commencement" means the date on which the Customer signs the transition acceptance certificate under clause 4.

1.2 "Initial Term" means 36 months from Service Commencement. "Monthly Charge" means the total monthly charge set out in Schedule 3.

1.3 "Customer Data" means all data held in, or passing through, the Customer's systems, including backup copies, catalogues and logs.

## 2. Services

2.1 The Provider shall operate, monitor and maintain the Customer's backup environment remotely and shall perform restores, quarterly restore tests and a yearly disaster-recovery drill, as described in Schedule 1.

2.2 The Provider shall perform the Services through its operations centre, using only the remote-access path provided by the Customer, and shall send engineers to Xiamen or Fuzhou when Schedule 1 requires on-site work.

2.3 The Provider shall follow the Customer's change management process. No change to the backup environment may be made without an approved change ticket, except emergency actions to restore service, which must be reported to the Customer within two hours.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically. Any extension must be agreed in writing, including the charges for it.

3.2 This Agreement may not be terminated before the end of the Initial Term, except by mutual written agreement or under clause 13 (Force Majeure). If the Provider fails to perform the Services, the Customer's remedies are the service credits under Schedule 2 and damages under clause 10.

## 4. Transition

4.1 The Provider shall complete the transition of the Services from the Customer's internal team within 45 days after signature, including documentation of all backup policies, a baseline health check, and connection of the Provider's monitoring tools.

4.2 Transition is accepted when: (a) every server listed in Schedule 1 has a successful backup under the agreed policy on five consecutive days; (b) a test restore of one file server, one database and one virtual machine has succeeded within the target times in Schedule 2; (c) the runbooks have been delivered and reviewed by the Customer; and (d) the monitoring dashboard and monthly report format have been approved. The Customer shall sign the transition acceptance certificate within five business days after these criteria are met.

4.3 If the Provider fails to achieve transition acceptance within the period in clause 4.1 for reasons attributable to it, it shall pay the Customer CNY 900 for each day of delay.

## 5. Charges and Payment

5.1 At the Customer's request, all charges are in Chinese yuan (CNY). The charges are set out in Schedule 3.

5.2 The transition charge is invoiced after transition acceptance. The Monthly Charge is invoiced monthly in arrears, starting from Service Commencement. Nothing is payable before the Services start.

5.3 The Customer shall pay each undisputed invoice within 30 days after receipt.

## 6. Data Protection and Security

6.1 Customer Data belongs to the Customer. The Provider may access it only to perform the Services and shall not copy, extract or transfer any Customer Data outside the Customer's systems. No Customer Data leaves mainland China.

6.2 The Provider's staff shall access the Customer's environment only through the Customer's VPN and privileged-access gateway with multi-factor authentication; all sessions are recorded by the Customer. The Provider shall give the Customer a list of named staff and update it before any change.

6.3 The Provider shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Customer's information security policies. It shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate fully in the investigation, and bear liability for losses caused by its breach of this clause 6.

## 7. Confidentiality

Each party shall keep confidential all non-public information received from the other, including the Customer's system architecture, passwords and business information, use it only for this Agreement, and not disclose it without prior written consent. This clause survives for three years after the end of this Agreement.

## 8. Intellectual Property

Runbooks, scripts, policies and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and pass them to any successor provider. The Provider's own monitoring tools remain its property.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The total liability of the Provider under or in connection with this Agreement in any contract year is limited to the charges paid or payable by the Customer in the 6 months preceding the event giving rise to the claim. This limit does not apply to breach of clause 6 or clause 7, personal injury or wilful misconduct.

## 11. Reporting and Review

The Provider shall send a monthly report on backup success, restore requests, incidents, capacity and service credits by the fifth business day of each month, and the parties shall hold a quarterly service review.

## 12. Exit

At the end of this Agreement the Provider shall, for up to 60 days, assist the Customer or its new provider to take over the Services, hand over all documentation and credentials, and confirm in writing that it holds no Customer Data.

## 13. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, provided that it notifies the other promptly. If such an event prevents performance for more than 90 days, either party may end this Agreement by written notice.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 15. General

Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English.

Signed for the Customer: ____________ Name / Title / Date

Signed for the Provider: ____________ Name / Title / Date

---

## Schedule 1 – Service Description

| Service element | Scope | Frequency |
|---|---|---|
| Backup operation | 260 protected servers (physical and virtual), 14 databases, file shares | Daily |
| Monitoring | Job status, capacity, appliance and tape library health | Continuous, 24x7 |
| Failed-job handling | Analysis and re-run of failed jobs | Same day |
| Restore requests | File, database and virtual machine restores on request | As requested |
| Restore tests | Test restores of a sample of systems agreed with the Customer | Quarterly |
| Disaster-recovery drill | Failover of priority systems to the Fuzhou replica site | Yearly |
| Media management | Tape rotation and off-site dispatch (by Customer staff, guided by the Provider) | Weekly |
| Patch and firmware | Backup software and appliance updates via change tickets | Quarterly |

## Schedule 2 – Service Levels and Service Credits

| Priority | Definition | Response | Target |
|---|---|---|---|
| P1 | Urgent restore of a production system, or backup of priority systems stopped | 30 minutes | Restore of priority systems started within 1 hour, completed within 6 hours |
| P2 | Failed backups of non-priority systems, or a non-urgent restore | 2 hours | Resolved by the next backup window |
| P3 | Requests and questions | Next business day | Within five business days |

| Service level failure | Service credit |
|---|---|
| Each P1 incident where the response time is missed | 5% of the Monthly Charge |
| Each P1 incident where the restore target is missed | 10% of the Monthly Charge |
| Quarterly restore test not carried out | 3% of the Monthly Charge |

Service credits in any month shall not exceed 25% of the Monthly Charge for that month and are deducted from the next invoice.

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Backup operation, 260 protected servers | per month | 21,000 |
| Restore tests and disaster-recovery drill | per month | 4,500 |
| Service management and reporting | per month | 3,300 |
| Monthly Charge | per month | 28,800 |
| Monthly Charges over the Initial Term | 36 months | 1,036,800 |
| Transition (one-time) | fixed | 58,000 |
| Total contract value | | 1,094,800 |

Additional protected servers are charged at CNY 80 per server per month.
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. RGX-2026-CN-052

This Data API Subscription Agreement (the "Agreement") is made between:

Yiwu Hengtong Import and Export Co., Ltd., 158 Futian Road, Yiwu, Zhejiang, People's Republic of China (the "Customer"); and

RegiData Europe S.R.L., Strada Memorandumului 28, 400114 Cluj-Napoca, Romania (the "Provider").

BACKGROUND

The Provider compiles company registry, VAT registration and sanctions-list data for the member states of the European Union, the United Kingdom and Switzerland, and makes it available through an application programming interface (the "API"). The Customer exports household goods to several thousand trade buyers in Europe and wishes to check buyer identities, VAT numbers and sanctions status automatically in its order and credit-control systems. The parties therefore agree as follows.

DEFINITIONS

"Subscription Year" means the period from 1 July 2026 to 30 June 2027 (the first Subscription Year) and the period from 1 July 2027 to 30 June 2028 (the second Subscription Year). "Term" means both Subscription Years together.

"Query" means one call to the API for one company or one VAT number. "Customer Query Data" means the content of the Customer's Queries, including company names, VAT numbers, addresses and the Customer's reference fields, and the results returned to the Customer.

"Production Access" means the date on which the Provider has issued production API keys and the Customer has confirmed Integration Acceptance under the section headed INTEGRATION AND ACCEPTANCE.

SCOPE OF SERVICE

The Provider shall give the Customer access to the API, Business Plan, covering: company search and company profile; VAT number validation against national registers and the European VIES system; beneficial-ownership data where public; and screening against EU, UN and UK sanctions lists. The Business Plan includes 600,000 Queries per Subscription Year. The Provider shall also provide integration support: a sandbox environment, sample code, a mapping of the Provider's fields to the Customer's ERP and credit-control fields, and up to 20 hours of remote technical workshops for the Customer's developers.

FEES

At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

Business Plan subscription: CNY 168,000 per Subscription Year, CNY 336,000 for the Term.

Integration support (one-time): CNY 24,000.

Total fees for the Term: CNY 360,000.

Queries above the included volume in a Subscription Year are charged at CNY 0.32 per Query, invoiced quarterly in arrears. The subscription fee is fixed for the Term.

INVOICING AND PAYMENT

The subscription fee is invoiced quarterly in arrears, in four equal instalments of CNY 42,000 per Subscription Year. The integration support fee is invoiced after Integration Acceptance. No fee is payable in advance. The Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY.

INTEGRATION AND ACCEPTANCE

The Provider shall make the sandbox and the field mapping available within ten business days after signature and shall issue production API keys no later than 1 July 2026. Integration Acceptance requires that: (a) the Customer's test set of 2,000 European buyers returns results for every buyer; (b) VAT validation results match a manual check of 200 sample numbers; (c) the median API response time measured over five business days is below 800 milliseconds; and (d) sanctions-screening hits appear in the Customer's credit-control system. The Customer shall confirm Integration Acceptance in writing within ten business days after the tests are passed; use of the API in the sandbox is not acceptance.

If the Provider fails to issue production API keys by 1 July 2026 for reasons within its control, it shall pay the Customer CNY 400 for each day of delay until Production Access.

SERVICE LEVELS

The Provider shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three business days in advance and performed on weekends between 01:00 and 05:00 Central European Time.

Incidents reported by the Customer are classified as follows. Priority 1: the production API is unavailable or returns errors for all Queries. Priority 2: a data source or a country is unavailable, or responses are materially slower than normal. Priority 3: questions and data-quality reports. The Provider shall respond to a Priority 1 incident within 8 business hours (Romanian business days, 09:00 to 18:00 Central European Time), to a Priority 2 incident within two business days, and to a Priority 3 incident within five business days.

If monthly availability falls below the level above, the Provider shall credit the Customer 5% of the subscription fee for the affected quarter, and 10% if availability falls below 99.5%. Credits are deducted from the next invoice.

DATA QUALITY

The Provider shall update registry data at least weekly from the official sources and sanctions lists within 24 hours after their publication, and shall correct reported data errors within five business days after confirming them with the source.

CUSTOMER QUERY DATA

The Customer owns its Customer Query Data. The Provider shall process Customer Query Data to provide the API to the Customer.

The Customer agrees that the Provider may retain Customer Query Data and use it, in aggregated form and after removing the Customer's name, to improve the coverage and matching of its database, to compile usage statistics, and to enrich the data it provides to other customers, during the Term and after it.

DATA SECURITY

The Provider shall protect Customer Query Data with measures that meet ISO/IEC 27001, to which the Provider is certified, including encryption in transit and at rest, role-based access for named staff only, and logging of all access. The Provider shall notify the Customer of any security incident affecting Customer Query Data within 48 hours after becoming aware of it, shall take prompt measures to contain it, and shall indemnify the Customer for losses and third-party claims resulting from an incident caused by the Provider's breach of this section. The Provider shall not transfer Customer Query Data to any third party except as set out in this Agreement.

CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's buyer lists and the Provider's pricing and technical documentation, shall use it only for this Agreement, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Term.

INTELLECTUAL PROPERTY

The Provider owns the API, its database and its documentation, and grants the Customer a non-exclusive, non-transferable right to use the API and the results during the Term for the Customer's own business. The Customer may keep results received during the Term in its own records after the Term. The field mapping, scripts and integration code prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and license them freely.

SUBCONTRACTORS AND DATA SOURCES

The Provider may engage subcontractors, hosting providers and data suppliers to perform any part of the service, including the hosting of the API and the processing of Customer Query Data, by giving the Customer written notice of each new subcontractor at least 15 days before it starts work. The Provider remains responsible for its subcontractors.

LIABILITY

Neither party is liable to the other for indirect or consequential loss or loss of profit. The total liability of each party under this Agreement is limited to two times the total fees for the Term. The limit does not apply to breach of the sections headed DATA SECURITY and CONFIDENTIALITY, or to wilful misconduct.

TERM, RENEWAL AND TERMINATION

This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order agreed by both parties, including its fees.

Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

COMPLIANCE

Each party shall comply with the export control and sanctions laws that apply to it. The Customer is responsible for its own decisions on trading with its buyers; the results of the API are information and not legal advice.

GOVERNING LAW AND DISPUTES

At the Customer's request, this Agreement is governed by the laws of the People's Republic of China. Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time.

GENERAL

Notices must be in writing and sent by courier or e-mail to the addresses above. Neither party may assign this Agreement without the other's prior written consent. This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. It is signed in two originals in English.

For the Customer: Yiwu Hengtong Import and Export Co., Ltd.   Name: ____________   Title: ____________   Date: ____________

For the Provider: RegiData Europe S.R.L.   Name: ____________   Title: ____________   Date: ____________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key: (file name, lang, category, format, source)
    "z01": ("h411z01_eco_bureau_pollution_monitoring_platform.pdf", "zh", "software", "pdf", Z01),
    "z02": ("h411z02_dyeing_mill_stenter_control_retrofit.docx", "zh", "hardware", "docx", Z02),
    "z03": ("h411z03_maternity_centre_chain_care_records_saas.txt", "zh", "cloud", "txt", Z03),
    "z04": ("h411z04_housing_fund_12329_hotline_om_service.txt", "zh", "services", "txt", Z04),
    "z05": ("h411z05_rice_wine_wms_licence_supplier_template.md", "zh", "software", "md", Z05),
    "e01": ("h411e01_furniture_aps_licence_polish_vendor.pdf", "en", "software", "pdf", E01),
    "e02": ("h411e02_retail_execution_saas_order_form_czech_vendor.md", "en", "cloud", "md", E02),
    "e03": ("h411e03_cold_store_sensors_slovak_supplier.docx", "en", "hardware", "docx", E03),
    "e04": ("h411e04_managed_backup_service_hungarian_provider.md", "en", "services", "md", E04),
    "e05": ("h411e05_company_registry_data_api_romanian_provider.txt", "en", "cloud", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
TERMS = {
    "z01": ([99.95, 0.5, T, "buyer", T, T, F, 0.03, N, 20, T, T, 36, 8, F, T, F, "PRC", G], (T, T, T, F, 2470000)),
    "z02": ([N, 2, F, "buyer", T, T, T, 0.1, N, 25, F, F, 24, 9, F, T, F, "PRC", G], (T, T, T, T, 1410000)),
    "z03": ([99.5, 0.5, T, "buyer", F, T, T, 800 / 1051200 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            (T, T, N, F, 1051200)),
    "z04": ([99.99, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S], (T, T, N, F, 650000)),
    "z05": ([N, N, F, "supplier", T, F, T, 0.02, 20, 50, T, T, 6, 26, F, T, T, "PRC", G], (F, T, T, F, 1900000)),
    "e01": ([N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 18, 11, F, T, F, "Poland", G], (T, T, T, F, 1434000)),
    "e02": ([99.95, 1, F, "buyer", T, T, T, N, 150, N, T, N, N, N, T, T, F, "PRC", S], (T, F, N, F, 1317200)),
    "e03": ([N, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, T, 36, 7, F, T, F, "PRC", G], (T, T, T, F, 850000)),
    "e04": ([N, 0.5, T, "buyer", T, T, T, 900 / 1094800 * 100, 6 / 36 * 100, N, T, N, N, N, F, F, F, "PRC", S],
            (T, T, N, F, 1094800)),
    "e05": ([99.95, 8, T, "buyer", T, F, T, 400 / 360000 * 100, 200, N, T, N, N, N, F, T, T, "PRC", S],
            (T, T, N, F, 360000)),
}
# TCO inputs for goods/licence drafts: (fee base = itemised licence/hardware subtotal, warranty months, fee % per year)
TCO_IN = {"z01": (1280000, 36, 8), "z02": (1208400, 24, 9), "z05": (1360000, 6, 26), "e01": (1024000, 18, 11),
          "e03": (740920, 36, 7)}
# price checks: itemised parts must add up to the value
PARTS = {"z01": [1280000, 860000, 236000, 94000], "z02": [544000, 292000, 168000, 78400, 126000, 184600, 17000],
         "z03": [18 * 16800 * 3, 126000, 18000], "z04": [336000, 96000, 118000, 64000, 36000],
         "z05": [1360000, 420000, 96000, 24000], "e01": [486000, 372000, 166000, 318000, 64000, 28000],
         "e02": [320 * 1080 * 3, 40 * 1620 * 3, 86000], "e03": [350400, 56320, 115200, 77000, 142000, 96480, 12600],
         "e04": [28800 * 36, 58000], "e05": [168000 * 2, 24000]}
DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z02": ["CR-ACCEPTANCE", "CR-SLA-NO-REMEDY"],
    "z03": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, value):
    """Policy §4: horizon 5 years from acceptance (= warranty start); fee for each post-warranty year, pro rata."""
    base, wm, pct = TCO_IN[key]
    horizon = 5 * 12
    post_years = max(0, horizon - wm) / 12
    fees = post_years * base * pct / 100
    return fees / (value + fees) * 100, value + fees


def derive_rules(key, t, x):
    """My own reading of policy.md §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x.get("acceptance_deemed_on_delivery") or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(key, x["contract_value"])[0] > 40:
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


def label(key):
    name, lang, cat, _, _ = FILES[key]
    vals, (sla, ld, capped, deemed, value) = TERMS[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
W = r"[\s\-]*"
PATTERNS = [
    r"(?<![\d.])(?<!\d,)99\.9(?!\d)\s*%", r"(?<![\d.])(?<!\d,)99\.9(?!\d)\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)4\s*(?:个)?小时", r"(?<![\d.])(?<!\d,)4" + W + r"(?:hours?|hrs?)\b", r"(?<![十\d])四\s*个?小时",
    r"four" + W + r"(?:hours?|hrs?)", r"(?<![\d.])(?<!\d,)240\s*(?:分钟|min)",
    r"(?<![\d.])(?<!\d,)0\.05(?!\d)\s*%", r"万分之五(?![十百千\d])", r"0\.05\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)100\s*%", r"百分之百", r"hundred" + W + r"per" + W + r"cent", r"(?<![\d.])(?<!\d,)100\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)30\s*%", r"百分之三十(?![一二三四五六七八九\d])", r"三成", r"thirty" + W + r"per" + W + r"cent",
    r"(?<![\d.])(?<!\d,)30\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)12" + W + r"(?:个月|months?)", r"(?<![十\d一二三四五六七八九])十二\s*个月", r"twelve" + W + r"months?",
    r"(?<![十\d二三四五六七八九])一\s*年", r"\bone" + W + r"years?", r"(?<![\d.])(?<!\d,)1" + W + r"years?\b",
    r"(?<![\d.])(?<!\d,)15\s*%", r"百分之十五", r"fifteen" + W + r"per" + W + r"cent", r"(?<![\d.])(?<!\d,)15\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)40\s*%", r"百分之四十(?![一二三四五六七八九\d])", r"四成", r"forty" + W + r"per" + W + r"cent",
    r"(?<![\d.])(?<!\d,)40\s*per\s*cent",
    r"(?<![\d.])(?<!\d,)5" + W + r"(?:年|years?\b)", r"(?<![十\d一二三四六七八九〇零])五\s*年", r"five" + W + r"years?",
    r"(?<![\d.])(?<!\d,)60" + W + r"(?:个月|months?)", r"sixty" + W + r"months?", r"六十\s*个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "one hundred per cent", "30%", "百分之三十", "三成", "12个月",
            "十二个月", "12 months", "twelve months", "一年", "one year", "one-year", "15%", "百分之十五", "40%",
            "四成", "百分之四十", "5年", "五年", "five years", "5 years", "five-year", "60 months", "sixty months"]
MUST_MISS = ["24小时", "二十四小时", "14小时", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "二〇二五年",
             "万分之五十", "服务年度", "Subscription Year", "二十四个月", "三十六个月", "112 months", "0.055%", "300%",
             "1,100%", "24 hours", "140%", "2,400 minutes", "4,600 stores", "15个工作日", "Section 15", "35%",
             "30 days", "1 July 2026", "first Subscription Year", "第一条"]


def hits(text):
    found = []
    for rx in RX:
        found += [m.group(0) for m in rx.finditer(text)]
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
        assert hits(re.sub(r"\s+", "", s)), ("must hit, no spaces", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
        assert not hits(re.sub(r"\s+", "", s)), ("must miss, no spaces", s, hits(re.sub(r"\s+", "", s)))


def scan(text):
    return hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s+", "", text))


# ---------------------------------------------------------------- build and read back
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


def main():
    sys.dont_write_bytecode = True
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[4] for k, v in FILES.items() if v[3] in ("docx", "pdf")}
    targets = {k: (v[0], v[3]) for k, v in FILES.items() if v[3] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, cat, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, problems = set(), []
    for k, (name, lang, cat, fmt, src) in FILES.items():
        lab = label(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PARTS[k]) == x["contract_value"], k
        # no label on a threshold
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        tco = ""
        if k in TCO_IN:
            share, total = tco_share(k, x["contract_value"])
            assert abs(share - 40) > 2, (k, share)
            tco = " TCO %.2f share %.2f%%" % (total, share)
        text = read_back(OUT / name, fmt)
        n = len(text) if lang == "zh" else len(text.split())
        nws = len(re.sub(r"\s+", "", text))
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        h = scan(text) + scan(src)
        if h:
            problems.append((k, h))
        if not ok:
            problems.append((k, "length", n))
        print("%s %-58s %s %s len=%d nonws=%d risk=%s rules=%s%s" % (
            k, name, lang, fmt, n, nws, risk(lab["expected_rules"]), ",".join(r[3:] for r in lab["expected_rules"])
            or "-", tco))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in FILES]
    assert sorted(mix) == [0, 0, 1, 2, 2, 2, 2, 3, 3, 11], mix
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed; all 20 CR rules covered")


if __name__ == "__main__":
    main()
