"""holdout130: sources of the ten blind held-out contracts, written by hand before any run.

Run with /work/main/.venv/bin/python make_files.py. The .docx and .pdf files are built by ../word_pdf.py from the
small markup below (T: title, H: heading, P: paragraph, TB: table row); PDFs are broken into lines at word
boundaries (wrap_words=True). The .md and .txt files are written as they stand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H130Z01 = r"""T:岭西省公路网运行监测与应急指挥平台建设项目政府采购合同
P:合同编号：LXJT-2027-ZC-0137
P:采购人（甲方）：岭西省交通运输厅
P:地址：岭西省南州市滨江大道218号
P:供应商（乙方）：华衢智联科技股份有限公司
P:地址：浙江省衢州市智造新城东港路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及岭西省公路网运行监测与应急指挥平台建设项目公开招标（项目编号：LXZC-2026-0587）的结果，甲乙双方经协商一致，订立本合同。
H:第一条 合同标的与合同文件
P:1.1 乙方负责平台软件许可、硬件设备供货、定制开发、系统集成、安装调试、培训及质保期内服务，建成覆盖全省高速公路及普通国省干线的路网运行监测、事件处置和应急指挥一体化平台。
P:1.2 项目实施地点为甲方省级路网指挥中心及甲方指定的六个地市分中心。
P:1.3 招标文件、乙方投标文件、澄清文件及中标通知书为本合同的组成部分。上述文件与本合同条款不一致的，以本合同条款为准。
H:第二条 合同价款
P:2.1 合同总价为人民币伍佰陆拾肆万捌仟元整（¥5,648,000），为固定总价，已包含税费、运输、保险、安装、测试、培训及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|路网运行监测与应急指挥平台软件（永久许可，含路网监测、事件管理、应急调度、视频汇聚模块）|1套|1,860,000|1,860,000
TB:2|视频汇聚与AI事件检测服务器|8台|92,000|736,000
TB:3|指挥大厅LED小间距拼接显示系统（含控制器）|1套|1,248,000|1,248,000
TB:4|应急指挥调度终端及融合通信设备|1套|392,000|392,000
TB:5|定制开发（联网收费、气象、公安交管、视频云数据对接及专题模块）|1项|918,000|918,000
TB:6|系统集成、安装调试|1项|436,000|436,000
TB:7|培训|1项|58,000|58,000
TB:|软硬件小计（第1至4项）|||4,236,000
TB:|合同总价|||5,648,000
P:2.2 合同履行期间，甲方不因材料价格、人工成本或汇率变化调整合同价款。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格并进入试运行后15个工作日内，甲方支付合同总价的45%。
P:3.3 终验合格并由甲方出具终验报告后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后60日内完成全部硬件到货，150日内完成安装调试和定制开发并书面申请初验。
P:4.2 设备到货时双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成验收。
P:4.3 乙方应派驻项目经理一名及不少于8名实施人员。项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验标准：（1）平台功能与招标文件技术规范逐项相符；（2）高速公路视频点位接入率不低于98%，事件自动检测准确率不低于92%；（3）联网收费、气象、公安交管接口数据一致性核对无差错；（4）第三方软件测评报告结论为合格；（5）网络安全等级保护第三级测评无高风险问题。
P:5.2 初验合格后进入90日试运行。试运行期间未发生一级故障、二级故障累计不超过3次的，乙方可申请终验。终验由甲方组织专家按本条标准进行。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、硬件维修更换及7×24小时技术支持。
P:6.2 平台年度可用率不低于99.95%（经甲方批准的计划内维护时间除外）。
P:6.3 故障分级响应：一级故障（指挥调度中断或平台整体不可用）15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一模块或单一地市分中心不可用）30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
P:6.4 乙方未达到前两款要求的，一级故障每超时1小时，甲方从履约保证金或应付款中扣减2,000元；年度可用率每低于约定值0.01个百分点，扣减3,000元。
P:6.5 质保期满后，如甲方委托乙方继续维护，年度维护费不超过软硬件小计的8%（即每年不超过338,880元），质保期满后前两年内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件产品的知识产权归乙方所有，乙方授予甲方及其所属单位永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、专题模块、源代码及技术文档，其知识产权归甲方所有。乙方应在终验时交付完整源代码，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的软件和设备不侵犯任何第三方的合法权利。因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、汇聚和产生的路况数据、视频、事件记录、应急预案及日志等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施。远程维护须经甲方逐次审批并通过堡垒机进行，全程审计留痕。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方工作秘密、路网结构、应急预案、网络拓扑及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期申请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，乙方应负责更换或整改，并承担由此产生的费用和损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目，亦不得分包。辅助性的线缆敷设工作，经甲方书面同意后可交由具有相应资质的单位实施，乙方对其工作承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可书面通知解除合同。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：岭西省交通运输厅    授权代表：__________    日期：____年__月__日
P:乙方（盖章）：华衢智联科技股份有限公司    授权代表：__________    日期：____年__月__日
"""

H130Z02 = r"""无菌制剂车间洁净区环境在线监测系统采购及维保合同

合同编号：KN-SB-2027-0086
甲方（买方）：江淮康宁制药有限公司
地址：安徽省合肥市高新区望江西路1290号
乙方（卖方）：苏州净衡环境监测技术有限公司
地址：江苏省苏州市工业园区星湖街388号

甲方因无菌制剂车间（A/B级洁净区）GMP合规需要，采购洁净区环境在线监测系统（以下简称"EMS系统"）。双方经协商一致，订立本合同。

1. 合同标的
1.1 乙方向甲方提供EMS系统的硬件设备、监测软件、安装调试、验证文件及培训，并在质保期内提供维护服务。
1.2 系统覆盖甲方无菌制剂车间灌装间、轧盖间、配液间及相邻B级区，共24个悬浮粒子监测点、6个浮游菌监测点和64个温湿度压差监测点。
1.3 乙方提供的设备及软件应符合《药品生产质量管理规范》及其无菌药品附录、计算机化系统附录的要求。

2. 合同价格
2.1 合同总价为人民币壹佰捌拾伍万柒仟陆佰元整（¥1,857,600），含税及运输、安装、验证、培训费用。分项如下：
（1）在线尘埃粒子计数器（28.3L/min，0.5μm/5.0μm）24台，单价38,500元，小计924,000元；
（2）在线浮游菌采样器 6台，单价46,000元，小计276,000元；
（3）温湿度及压差传感器 64只，单价2,150元，小计137,600元；
（4）数据采集单元及工控机 1套，86,000元；
（5）EMS监测软件（永久许可，含审计追踪、电子签名功能）1套，168,000元；
（6）数据服务器及备份设备 1套，72,000元；
以上设备及软件小计1,663,600元；
（7）安装、布线及调试 118,000元；
（8）验证服务（IQ/OQ/PQ方案及报告）62,000元；
（9）培训 14,000元。
2.2 上述价格为固定价格，合同履行期间不作调整。

3. 付款方式
3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
3.2 设备全部到货并经双方签署到货签收单后，甲方支付合同总价的50%。到货签收不代表质量验收。
3.3 系统通过第5条约定的验收并由甲方签署验收报告后，甲方支付合同总价的35%。
3.4 剩余5%作为质量保证金，质保期满且乙方无未履行的质保义务后10个工作日内无息支付。
3.5 乙方应在每次付款前开具等额增值税专用发票。

4. 交货与安装
4.1 乙方应在合同签订后45日内将全部设备运抵甲方指定地点，并在到货后30日内完成安装调试。
4.2 乙方进入洁净区作业应遵守甲方的更衣、消毒及人员进出管理规定。施工不得影响甲方相邻生产区域的洁净级别。
4.3 乙方应提供设备合格证、出厂校准证书、软件版本说明及操作维护手册，并随货提供质保期内所需的易损件（采样管、过滤器、泵膜等）。
4.4 乙方应对甲方QA、生产及设备人员进行培训，内容包括系统操作、报警处理、数据审核、趋势报表及日常维护，培训不少于三次，并进行考核。
4.5 安装期间，乙方应遵守甲方安全生产及动火、登高作业管理制度，因乙方原因造成甲方人员伤害或财产损失的，由乙方负责赔偿。

5. 验收
5.1 验收按以下标准进行：
（1）安装确认（IQ）：设备型号、数量、安装位置与合同及布点方案一致；
（2）运行确认（OQ）：粒子计数器采样流量偏差不超过±5%，报警及联锁功能测试全部通过，审计追踪与电子签名符合计算机化系统附录要求；
（3）性能确认（PQ）：系统在动态生产条件下连续运行30日，数据完整，无数据丢失，报警记录可追溯；
（4）验证文件经甲方质量部门审核批准。
5.2 上述各项全部合格后，双方签署验收报告。设备安装完成或甲方开始使用，均不视为验收合格。
5.3 验收不合格的，乙方应在15日内整改并重新验收，由此产生的费用由乙方承担。

6. 质量保证与技术服务
6.1 质保期为二十四个月，自验收报告签署之日起计算。质保期内乙方免费维修或更换故障部件，并每半年对粒子计数器和浮游菌采样器进行一次校准，出具校准证书。
6.2 故障响应：一级故障（系统停止采集数据、报警失效或数据丢失）1小时内响应，8小时内到达现场，24小时内恢复；二级故障（单个监测点故障）2小时内响应，48小时内修复。
6.3 乙方未按上述时限响应或修复的，每超时1小时，甲方可从质量保证金中扣减500元。
6.4 质保期满后，甲方可委托乙方提供维保服务。维保服务包括定期巡检、校准、故障维修及软件补丁。年度维保费为设备及软件小计的18%，即每年299,448元，质保期满后三年内不上调。维保合同按年签订，不自动续期。

7. 知识产权
7.1 EMS监测软件的知识产权归乙方所有，甲方获得永久使用许可。
7.2 乙方为本项目编制的布点方案、验证文件、定制报表及与甲方LIMS、MES系统的对接程序，其知识产权归甲方所有，甲方可自行修改和使用。

8. 数据安全
8.1 EMS系统产生的全部监测数据、审计追踪记录及报警记录属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
8.2 乙方应保证系统数据符合ALCOA+原则，不得提供可绕过审计追踪的管理员权限。乙方远程维护须经甲方QA书面批准，通过甲方指定通道进行并全程记录。
8.3 发生数据丢失、篡改或泄露的，乙方应在2小时内通知甲方并配合调查。因乙方原因造成的，乙方承担由此产生的全部责任，包括甲方因此遭受的监管处罚损失。

9. 保密
乙方对在履约中知悉的甲方工艺、产品、厂房布局、质量体系文件及监测数据负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至本合同终止后五年。

10. 违约责任
10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用及甲方的停产损失由乙方承担。
10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。

11. 分包
乙方不得将本合同项下的工作转包。布线等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
12.2 乙方逾期交货超过30日的，甲方有权解除合同。

13. 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

14. 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：附件一 设备技术规格；附件二 监测点布点方案；附件三 验证方案。

甲方（盖章）：江淮康宁制药有限公司      代表签字：__________
乙方（盖章）：苏州净衡环境监测技术有限公司      代表签字：__________
日期：____年__月__日
"""

H130Z03 = r"""# 学员约考与培训管理SaaS服务合同

**合同编号：** QCJP-IT-2027-011

**甲方（客户）：** 安徽启程驾驶培训集团有限公司（地址：安徽省芜湖市鸠江区长江北路77号）

**乙方（服务商）：** 杭州驾云信息科技有限公司（地址：浙江省杭州市余杭区文一西路998号）

甲方在省内经营14家驾校门店，拟采用乙方的学员约考与培训管理SaaS平台（以下简称"平台"）统一管理学员报名、学时、约车、约考和收费。双方经协商一致，订立本合同。

## 第一章 服务内容与期限

### 第一条 服务内容

1. 乙方向甲方提供平台的在线订阅服务，包括学员报名与合同管理、教练排班与约车、计时培训学时核对、约考预约、收费对账、小程序学员端及管理驾驶舱。
2. 乙方提供一次性实施服务：14家门店的系统配置、历史学员数据迁移、与计时培训终端及车管所约考接口的对接、上线支持。
3. 乙方提供管理员及门店人员培训，包括集中培训两次、每家门店现场指导一天，并提供操作手册和视频教程。
4. 服务期内，乙方应免费提供平台的版本升级、政策规则更新（包括各地车管所约考规则、计时培训监管要求的变化）和7×24小时在线客服。

### 第二条 服务期限

服务期为三年，自平台上线验收合格之日起计算。

## 第二章 价款与支付

### 第三条 价款

| 项目 | 数量 | 单价（元/年） | 年费（元） | 三年合计（元） |
|---|---|---|---|---|
| 门店订阅许可 | 14家 | 21,600 | 302,400 | 907,200 |
| 教练端账号 | 380个 | 360 | 136,800 | 410,400 |
| 订阅费小计 | | | 439,200 | 1,317,600 |
| 实施服务（配置、数据迁移、接口对接） | 1项 | | | 168,000 |
| 培训 | 1项 | | | 22,000 |
| **合同总价** | | | | **1,507,600** |

学员端小程序不另行收费。合同总价为人民币壹佰伍拾万柒仟陆佰元整。

### 第四条 支付

1. 订阅费按季度后付：每季度结束后15个工作日内，甲方根据服务报告支付当季订阅费109,800元，并扣减当季应扣的服务抵扣金额。
2. 实施费和培训费在平台上线验收合格后15个工作日内一次性支付。
3. 甲方不向乙方支付任何预付款。

## 第三章 实施与验收

### 第五条 实施

乙方应在合同签订后60日内完成实施并申请上线验收。乙方未按期申请上线验收的，每逾期一日向甲方支付违约金1,200元，累计不超过实施费的20%。

### 第六条 上线验收

1. 验收标准：（1）历史学员档案、学时记录、缴费记录迁移完整，抽样核对无差错；（2）与计时培训终端对接后学时数据实时同步，与监管平台核对一致；（3）约考接口联调通过，能按车管所规则完成预约、改约和取消；（4）两家试点门店连续运行10日无一级故障。
2. 验收合格的，双方签署上线验收单。平台开通、甲方使用或付款均不视为验收合格。
3. 验收不合格的，乙方应在10日内整改并重新提交验收，整改期间的延误计入第五条的逾期天数。

## 第四章 服务水平

### 第七条 可用性与故障处理

1. 乙方保证平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。
2. 一级故障（报名、约考、计时或收费功能不可用）：30分钟内响应，3小时内恢复；二级故障：2小时内响应，次日内解决；三级故障：3个工作日内解决。
3. 乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长、工单统计及改进措施。可用率以乙方监控数据为准，甲方有权抽查核对。
4. 月度可用率低于99.5%的，当月订阅费抵扣5%；低于99%的，抵扣10%。一级故障超过恢复时限的，每次抵扣当月订阅费的2%。抵扣金额在当季付款中扣除。

## 第五章 知识产权与数据

### 第八条 知识产权

1. 平台软件及其升级版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的对接程序、报表、数据迁移脚本及甲方专属配置，其知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

### 第九条 数据归属与使用

1. 甲方在平台中录入和产生的学员个人信息、学时记录、考试记录及财务数据归甲方所有。
2. 乙方有权将甲方数据经去标识化、汇总处理后用于行业分析报告、产品改进和模型训练，该项权利在本合同终止后继续有效。

### 第十条 数据安全

1. 平台部署于中国境内，已通过网络安全等级保护第三级备案和测评。乙方应对学员身份证号、人脸照片等敏感个人信息加密存储，实行最小权限访问并保留访问日志。
2. 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施。因乙方原因造成安全事件的，乙方承担全部赔偿责任，包括甲方向学员承担的赔偿。
3. 乙方人员访问甲方数据须经审批并使用个人账号，禁止导出学员明细数据；乙方应每年委托第三方开展一次安全评估，并将报告提供给甲方。
4. 合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并删除平台中的甲方数据。

### 第十一条 保密

双方对履约中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 第六章 续期、违约与终止

### 第十二条 续期

服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一年，可多次续期。续期服务费由乙方根据市场情况调整，涨幅不超过上一年度订阅费的10%。

### 第十三条 责任限额

乙方在本合同项下的累计赔偿责任不超过合同总价的两倍；因数据安全事件或故意、重大过失造成的损失不受此限。

### 第十四条 分包

乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，应事先取得甲方书面同意。

### 第十五条 合同解除

1. 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
2. 平台连续两个月月度可用率低于99%的，甲方有权解除合同，无需承担违约责任。

## 第七章 法律适用与争议解决

### 第十六条

本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

### 第十七条 不可抗力

因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，在影响范围内免除责任。云服务商的一般性故障不属于不可抗力。

### 第十八条 其他

甲方应指定项目联系人，按时提供门店资料、历史数据和接口对接所需的授权。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：安徽启程驾驶培训集团有限公司　　　　乙方（盖章）：杭州驾云信息科技有限公司

日期：　　年　　月　　日
"""

H130Z04 = r"""T:南州市临江区医疗保障局医保经办信息系统年度运维服务合同
P:项目编号：LJYB-2027-CS-004（竞争性磋商）
P:采购人（甲方）：南州市临江区医疗保障局
P:供应商（乙方）：南州恒信数科信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就医保经办信息系统年度运维服务事项，经协商一致订立本合同。
H:一、服务内容与服务期
P:（一）服务范围：甲方医保经办信息系统（含参保登记、待遇审核、费用结算、两定机构管理子系统）及其与省级医保信息平台、区内定点医药机构的接口；经办大厅前端设备、数据库、中间件及安全设备的日常运维。
P:（二）服务期：一年，自2027年3月1日起至2028年2月29日止。服务期满本合同终止，续签须依法重新采购或按政府采购规定办理。
P:（三）乙方派驻3名运维工程师在甲方经办大厅及机房驻场服务，服务时间为工作日8:00至18:00；非工作时间及节假日实行电话值守和远程支持，年度清算、集中参保期间安排现场值守。
P:（四）日常运维工作内容：
P:1. 每日对应用服务器、数据库、中间件、网络及安全设备进行巡检，检查结算任务和接口运行情况并记录；
P:2. 每日检查数据库备份完成情况，每季度进行一次备份恢复演练，并向甲方提交演练报告；
P:3. 每月开展一次漏洞扫描和基线核查，对发现的中高危漏洞提出修复方案，经甲方批准后实施；
P:4. 根据医保政策调整，配合完成待遇参数、目录、报表的配置和测试；
P:5. 负责经办大厅读卡器、高拍仪、打印机、排队叫号等前端设备的故障处理和更换协调。
P:（五）甲方应为驻场人员提供办公场地、网络接入和必要的系统账号，及时告知医保政策调整和省级平台升级计划，并指定专人负责运维工作的对接和考核。
H:二、合同价款与支付
P:（一）合同总价为人民币捌拾伍万捌仟元整（¥858,000），为固定总价，包含人员、工具、差旅、税费等全部费用。分项如下：
P:1. 驻场运维人员（3人）：468,000元；
P:2. 医保经办应用系统运维及接口维护：186,000元；
P:3. 数据库及中间件运维：98,000元；
P:4. 安全巡检与等级保护测评配合：64,000元；
P:5. 年度清算及集中参保期应急保障：42,000元。
P:（二）本合同不设预付款。服务费按季度支付，每季度结束且季度考核完成后15个工作日内，甲方支付当季服务费214,500元，并扣除当季考核扣款。
P:（三）乙方应按甲方要求开具合法发票。甲方付款按财政支付程序办理。
H:三、服务启动与交接
P:（一）乙方应于合同签订后10日内完成与原运维单位的交接，包括系统账号、运维文档、资产清单和遗留问题清单，并开始提供服务。
P:（二）乙方未按期完成交接并开始提供服务的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（三）人员要求：驻场工程师应具备两年以上医保或社保信息系统运维经验，其中至少一人持有数据库认证证书。乙方更换驻场人员须提前10日书面征得甲方同意，并完成工作交接。
H:四、服务水平
P:（一）核心经办系统在服务时间内的可用率不低于99.97%（按季度统计，经甲方批准的计划停机除外）。
P:（二）故障分级及时限：
P:1. 一级故障（结算中断、经办系统整体不可用或省平台接口中断）：15分钟内响应，30分钟内到达现场，2小时内恢复；
P:2. 二级故障（单一子系统或单个经办窗口不可用）：30分钟内响应，6小时内恢复；
P:3. 三级故障（不影响业务办理的缺陷）：2个工作日内解决。
P:（三）乙方每月提交运维报告，内容包括巡检记录、故障处理、变更记录、备份检查及安全漏洞处置情况。
P:（四）考核扣款：一级故障每超时30分钟扣款1,000元；季度可用率每低于约定值0.01个百分点扣款2,000元；驻场人员无故缺岗每人每日扣款500元。扣款从当季服务费中扣除。
H:五、考核与验收
P:（一）甲方按季度对乙方进行考核，考核内容包括服务水平达成、文档完整性、巡检完成率和用户满意度，考核得分低于85分的，乙方应提交整改方案。
P:（二）服务期满前，甲方组织年度验收。验收标准为：全年无因乙方原因导致的重大安全事件；四个季度考核平均得分不低于90分；运维文档、配置基线、知识库全部移交甲方。
H:六、数据安全
P:（一）医保经办系统中的参保人员信息、结算数据、两定机构数据及日志均属于甲方，乙方人员只可在履行运维职责范围内接触，不得复制、下载、留存，不得用于其他任何目的。
P:（二）乙方人员须通过甲方堡垒机进行运维操作，禁止使用个人设备接入医保专网，数据库高危操作须经甲方书面审批并双人复核。
P:（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，配合开展应急处置和调查。因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
P:（四）服务期满或合同解除时，乙方应交还全部账号、介质和资料，删除其持有的甲方数据，并向甲方出具书面确认。
P:（五）乙方应配合甲方开展网络安全等级保护测评、医保信息安全检查和数据安全风险评估，对检查发现的问题在甲方规定期限内完成整改。
H:七、保密
P:乙方及其人员对履约中知悉的参保人员信息、医保基金数据、系统架构、账号口令及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员须签署保密承诺书。保密义务不因合同终止而解除。
H:八、知识产权
P:乙方在服务期内编写的运维文档、脚本、配置基线、知识库及报告，其知识产权归甲方所有，甲方可自由使用、修改并提供给后续服务单位。
H:九、分包
P:乙方可将数据库及中间件运维、安全巡检中的部分工作交由原厂或具备相应资质的服务商实施，但应提前5个工作日书面告知甲方，乙方对其工作承担全部责任。
H:十、责任限额
P:乙方因本合同承担的赔偿责任总额（含违约金及考核扣款）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:十一、合同解除
P:（一）乙方严重违约，或连续两个季度考核得分低于85分，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同。
P:（二）合同解除的，乙方应配合甲方完成服务交接，交接期不超过30日，交接期内服务费按实际服务天数结算。
H:十二、适用法律与争议解决
P:本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十三、不可抗力
P:因不可抗力致使本合同不能履行的，受影响方应及时通知对方，并在10日内提供证明，可部分或全部免除责任。不可抗力期间，乙方仍应尽力保障结算等关键业务的应急运行。
H:十四、其他
P:（一）本项目竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
P:（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：南州市临江区医疗保障局    乙方（盖章）：南州恒信数科信息技术有限公司
P:签约日期：____年__月__日
"""

H130Z05 = r"""# 仓储管理系统（WMS）软件许可及实施合同

> 仓易通软件标准合同文本 V4.0（本文本由乙方提供）

合同编号：CYT-XS-2027-0219

甲方（用户）：广东百年鲜酿酿造食品股份有限公司

乙方（供应商）：苏州仓易通供应链软件有限公司

鉴于甲方拟建设成品仓及原辅料仓的仓储管理系统，乙方为仓易通WMS软件的著作权人。双方在平等自愿的基础上，经友好协商，订立本合同。

## 第1条 合同标的

1.1 乙方向甲方许可使用仓易通WMS标准版软件（5个仓库、60个RF手持终端授权），并根据甲方需求进行定制开发、部署实施和培训。

1.2 定制开发内容：酱油发酵罐批次与成品批号的双向追溯；与甲方用友U9 ERP的采购、销售、库存接口；电子标签辅助拣选；经销商发货单据打印模板；仓储看板。具体以附件一《需求确认书》为准。

1.3 系统部署于甲方自有服务器（本地部署），支持甲方佛山总厂成品仓、阳江分厂成品仓、原辅料仓、包材仓及华东中转仓共5个仓库。授权数量超出的，甲方应按乙方当时的报价另行购买授权。

## 第2条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件许可（永久） | 520,000 |
| 2 | 定制开发 | 386,000 |
| 3 | 部署实施 | 74,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 998,000 |

合同总价为人民币玖拾玖万捌仟元整（含税）。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即499,000元。

3.2 系统部署完成并上线运行后5个工作日内，甲方支付合同总价的42%，即419,160元。

3.3 系统上线运行满30日后5个工作日内，甲方支付剩余8%，即79,840元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第4条 交付与实施

4.1 乙方在收到第3.1条款项后开始实施，预计于90日内完成部署上线。实施计划以双方确认的项目计划书为准。

4.2 实施分为需求调研、方案确认、开发测试、部署及数据初始化、上线支持五个阶段。数据初始化包括物料主数据、库位编码、经销商档案和期初库存的导入，期初库存数据由甲方负责盘点并对其准确性负责。

4.3 甲方应按乙方要求提供服务器、数据库、网络环境、RF手持终端及电子标签硬件，并指定项目负责人和各仓库关键用户。甲方硬件或网络不满足乙方配置要求的，乙方不对系统性能承担责任。

4.4 因甲方需求变更、场地或网络条件不具备、接口资料提供不及时造成的延误，工期相应顺延，乙方不承担责任。

4.5 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的3%。

4.6 乙方为甲方提供系统管理员培训和仓库操作人员培训各一次，培训地点在甲方成品仓。培训后的人员变动，再次培训按乙方人天单价另行收费。

## 第5条 验收

5.1 乙方完成实施后向甲方提交验收申请。甲方应在收到申请后5个工作日内，按附件二《功能清单》逐项测试并组织验收。

5.2 甲方逾期未组织验收，或未在期限内提出书面异议的，视为验收合格。

5.3 验收中发现的非关键问题不影响验收结论，乙方在质保期内修复。

## 第6条 质量保证与技术支持

6.1 免费质保期为九个月，自系统上线之日起计算。质保期内乙方免费修复软件缺陷。

6.2 技术支持：乙方提供工作日9:00至18:00的电话及远程支持。一级故障（系统无法登录或无法收发货）乙方在8小时内响应，并尽合理努力尽快解决；其他故障在2个工作日内响应。

6.3 故障处理时间为乙方的服务目标，乙方不因响应或修复超时向甲方承担任何扣款、赔偿或违约金责任。

6.4 质保期内，乙方免费提供标准版软件的小版本升级；大版本升级及新增功能另行收费。因甲方自行修改配置、操作不当或第三方软硬件原因导致的故障，不属于免费服务范围。

6.5 质保期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方届时公布的年度服务价格标准执行。

## 第7条 知识产权

7.1 仓易通WMS软件的著作权及其他知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的全部成果（包括但不限于源代码、接口程序、报表及打印模板、技术文档）的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果用于其他客户及产品升级。

## 第8条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可在去除甲方名称等直接标识后，将系统中的仓储作业数据（包括库存周转、拣货效率、出入库量等）用于产品改进、行业基准分析及对外发布的研究报告。

8.3 乙方实施和远程维护时，应采取必要的安全措施，对接触的甲方数据进行访问控制，不得泄露。发生数据泄露事件的，乙方应在24小时内通知甲方并协助处理；因乙方原因造成数据泄露的，乙方承担相应责任，赔偿范围以第10条约定为限。甲方应自行做好数据库备份。

## 第9条 保密

双方对在履行本合同过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定或有权机关要求的除外。保密期限为本合同终止后两年。

## 第10条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过本合同总价的25%。

10.2 乙方不承担甲方的间接损失、利润损失、商誉损失及数据恢复费用。

## 第11条 合同解除

11.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 甲方因自身原因解除合同的，已支付的款项不予退还。

11.3 甲方逾期付款超过30日的，乙方有权解除合同，并要求甲方支付已完成工作对应的全部款项。

11.4 合同解除后，甲方应停止使用定制开发成果，软件许可按已支付款项的比例保留。

## 第12条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

## 第13条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地（苏州工业园区）有管辖权的人民法院提起诉讼。

## 第14条 其他

14.1 本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：苏州仓易通供应链软件有限公司

日期：　　年　　月　　日
"""

H130E01 = r"""SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT

THIS AGREEMENT is made on the ____ day of ______________ 2027

BETWEEN:

(1) TORAIGH TRACE TECHNOLOGIES LIMITED, a private company limited by shares incorporated in Ireland under the Companies Act 2014 (registered number 712458), having its registered office at West Town (An Baile Thiar), Tory Island, County Donegal, Ireland (the "Licensor"); and

(2) PU'ER MANGLAI HIGHLAND COFFEE ESTATE CO., LTD., a company incorporated in the People's Republic of China, having its registered office at Manglai Village, Simao District, Pu'er City, Yunnan Province (the "Customer").

WHEREAS:

(A) The Licensor develops and licenses the TraceHarvest farm-to-cup traceability software.

(B) The Customer grows, processes and exports speciality Arabica coffee from its estate and from contracted smallholder farms in the Pu'er region, and wishes to trace each lot from cherry picking through wet-milling, drying, hulling, grading and roasting to the export carton.

(C) At the Customer's request all prices in this Agreement are stated and payable in Renminbi.

NOW IT IS HEREBY AGREED as follows:

1. DEFINITIONS

In this Agreement: "Software" means the TraceHarvest server software and mobile collector application in the versions listed in Schedule 1; "Custom Deliverables" means the ERP interface, the interface to the Yunnan provincial food traceability platform, the label and QR-code templates, the export reports and the Customer-specific configurations produced under this Agreement; "Go-Live" means the first use of the Software in production at all three processing stations; "Final Acceptance" has the meaning given in clause 5; "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including farm plot coordinates, farmer personal information, lot, weight and quality records and photographs.

2. LICENCE

2.1 In consideration of the Licence Fees the Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own cloud tenancy for the Customer's business and that of its subsidiaries, with forty named mobile collector users.

2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery.

3. FEES AND PAYMENT

3.1 The Contract Price is CNY 1,130,000, made up as follows:

   Item                                                        Qty    Unit price (CNY)   Amount (CNY)
   TraceHarvest server licence (perpetual)                      1          680,000           680,000
   Mobile collector licences (perpetual)                       40            2,800           112,000
   Licence Fees subtotal                                                                     792,000
   Implementation and configuration                             1          214,000           214,000
   ERP and provincial traceability platform interfaces          1           96,000            96,000
   Training                                                     1           28,000            28,000
   Contract Price                                                                          1,130,000

3.2 The Contract Price is fixed and includes all taxes, travel and subsistence of the Licensor's personnel.

3.3 The Customer shall pay: (a) 20% of the Contract Price (CNY 226,000) within 30 days of signature of this Agreement and receipt of a valid invoice; (b) 45% (CNY 508,500) within 30 days of Go-Live; and (c) 35% (CNY 395,500) within 30 days of the Final Acceptance Certificate.

4. IMPLEMENTATION AND DELIVERY

4.1 The Licensor shall deliver and install the Software and the Custom Deliverables in accordance with the implementation plan in Schedule 2, so that Go-Live is achieved no later than 1 November 2027, before the main harvest season.

4.2 If Go-Live is not achieved by that date for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of CNY 900 for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss and not a penalty.

4.3 The Customer shall provide the cloud tenancy, network access at the processing stations and reasonable access to its staff and farmers.

5. ACCEPTANCE

5.1 Following Go-Live the parties shall run the Software through the first four weeks of harvest. Final Acceptance tests shall demonstrate that: (a) every lot received at the three processing stations during that period can be traced from farm plot to export carton and back; (b) the trace query for any lot returns in under five seconds; (c) lot weights recorded in the Software reconcile with the weighbridge and warehouse records within 0.5%; (d) the ERP interface and the provincial traceability platform interface have run for ten consecutive working days without a Severity 1 fault; and (e) all Custom Deliverables and documentation have been handed over.

5.2 When the tests are passed the Customer shall sign a Final Acceptance Certificate within five working days. Go-Live, use of the Software in production or any payment shall not of itself constitute acceptance.

5.3 If the tests are not passed, the Licensor shall correct the defects at its own cost and the tests shall be repeated.

6. WARRANTY

6.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for a Warranty Period of eighteen months from the date of the Final Acceptance Certificate.

6.2 During the Warranty Period the Licensor shall correct all defects, provide all updates and new releases, and provide support at the service levels in clause 8, free of charge.

7. SUPPORT AND MAINTENANCE AFTER THE WARRANTY PERIOD

7.1 After the Warranty Period the Customer may order annual support, covering corrections, updates, new releases and help-desk services, for an Annual Support Fee equal to 11% of the Licence Fees, that is CNY 87,120 per year.

7.2 The Annual Support Fee is fixed for the first three support years. Thereafter any change shall be agreed in writing and shall not exceed 3% above the previous year's fee.

7.3 Support is ordered by the Customer's purchase order for each support year and does not renew automatically.

8. SERVICE LEVELS

8.1 The Licensor shall operate a help desk by telephone, e-mail and WeChat, staffed on all days during the harvest season (November to March) and on working days at other times.

8.2 Faults shall be classified and handled as follows: Severity 1 (the Software cannot be used at a processing station, or lot data cannot be recorded or exported): response within one hour, workaround within eight hours, permanent fix within five working days; Severity 2 (a major function is impaired but a workaround exists): response within two hours, fix within ten working days; Severity 3 (minor issues and questions): response within one working day.

8.3 For each full hour by which the Licensor misses a Severity 1 response or workaround time, the Licensor shall credit CNY 1,000 against the next sums payable, or pay that amount where no further sums are payable.

9. INTELLECTUAL PROPERTY

9.1 All intellectual property rights in the Software remain with the Licensor.

9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall deliver their source code and documentation on Final Acceptance, and the Customer may use, modify, copy and license them to any third party without restriction.

10. CUSTOMER DATA AND SECURITY

10.1 All Customer Data belongs to the Customer. The Licensor may access and use Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.

10.2 The Software shall be hosted in the Customer's own cloud tenancy in mainland China. The Licensor shall access it only through the Customer's VPN with multi-factor authentication, each session being logged; shall not copy Customer Data outside that tenancy; and shall comply with the PRC Personal Information Protection Law and Data Security Law in respect of farmer personal information.

10.3 The Licensor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 24 hours, co-operate in its investigation and remediation, and be liable for all loss, including regulatory fines, resulting from any incident caused by the Licensor or its personnel.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all information of the other party marked as confidential or which ought reasonably to be regarded as confidential, including the Customer's prices, buyers, cupping scores and supplier farm lists, and shall use it only for this Agreement.

11.2 This obligation continues for five years after termination of this Agreement.

12. LIABILITY

12.1 Subject to clause 12.2, the total liability of the Licensor under or in connection with this Agreement shall not exceed 150% of the Contract Price.

12.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or under clause 10.

13. SUBCONTRACTING

The Licensor shall not subcontract any of its obligations without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any approved subcontractor.

14. TERM AND TERMINATION

14.1 This Agreement takes effect on signature. The licence in clause 2 is perpetual and survives termination unless the Customer has failed to pay the Licence Fees.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty days of being notified of it, or if the other party becomes insolvent, is subject to examinership, receivership or liquidation, or ceases to carry on business.

14.3 On termination by the Customer for the Licensor's breach before Final Acceptance, the Licensor shall refund the sums paid against return of the Software.

15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties.

16.2 This Agreement is made in English. A Chinese translation may be prepared for the Customer's convenience; the English text prevails.

Schedule 1: Software and versions. Schedule 2: Implementation plan. Schedule 3: Final Acceptance test scripts.

IN WITNESS whereof the parties have executed this Agreement on the day and year first above written.

SIGNED for and on behalf of TORAIGH TRACE TECHNOLOGIES LIMITED: ______________________ (Director)

SIGNED for and on behalf of PU'ER MANGLAI HIGHLAND COFFEE ESTATE CO., LTD.: ______________________ (Legal Representative)
"""

H130E02 = r"""# Order Form No. HT-2027-031 — Online Ticketing and Gate Validation Service

**Provider:** Halligticket GmbH, Kirchwarf 2, 25863 Langeneß (Hallig), Germany, registered in the commercial register of the Amtsgericht Flensburg under HRB 15872 FL, managing director: Jannes Paulsen

**Customer:** Qinghai Yanhu Jingdu Travel Service Co., Ltd., No. 9 Chaka Road, Wulan County, Haixi Prefecture, Qinghai Province, People's Republic of China

**Service:** Halligticket Cloud — online ticket sales, time-slot booking, travel-agency portal and QR-code gate validation for the Customer's salt-lake scenic area, including the boardwalk, the small-gauge sightseeing train and the salt-sculpture hall.

**Initial Term:** 36 months from the Go-Live Date (§ 4 (3) of the General Terms).

**Currency:** At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).

## Fees

| Item | Quantity | Monthly fee (CNY) | Months | Total (CNY) |
|---|---|---|---|---|
| Platform subscription (web shop, mini-program, agency portal, reporting) | 1 | 26,500 | 36 | 954,000 |
| Gate validation module | 18 turnstiles | 4,300 | 36 | 154,800 |
| One-time set-up and turnstile integration | 1 | — | — | 118,000 |
| Training (on site, two sessions) | 1 | — | — | 14,000 |
| **Total Contract Value** | | | | **1,240,800** |

No per-ticket or transaction fees are charged. Payment-gateway charges are paid by the Customer directly to its payment providers.

**Payment:** Monthly fees are invoiced quarterly in arrears. The set-up fee is invoiced after Go-Live Acceptance, the training fee after the second session. Invoices are payable within 30 days. No fees are payable in advance.

**Planned Go-Live Date:** 15 April 2027, before the May holiday season.

This Order Form and the General Terms below form the Contract. In case of conflict, the Order Form prevails.

---

# General Terms of Halligticket GmbH for Cloud Services (version 2026-11)

## § 1 Subject Matter

(1) The Provider makes the Service described in the Order Form available to the Customer over the internet as software as a service.

(2) The Provider does not transfer any software to the Customer. The Customer receives, for the term of the Contract, the non-exclusive right to use the Service for its own business purposes and to allow its employees and contracted travel agencies to use it.

## § 2 Set-up Services

(1) The Provider configures the Service, imports the Customer's products, prices and time-slot capacities, and integrates the 18 turnstiles at the north and south entrances through the gate validation module.

(2) The Customer provides the network connection at the entrances, access to the turnstile controllers and a contact person with decision authority.

## § 3 Cooperation of the Customer

The Customer is responsible for the content of its product offers, prices and visitor information, and for complying with the ticketing rules of the local authorities. The Customer keeps its access credentials secret.

## § 4 Go-Live, Acceptance and Delay

(1) Before Go-Live the Provider demonstrates in an acceptance test: (a) end-to-end sale, refund and rebooking for every ticket type via web shop, mini-program and agency portal; (b) validation of a QR code at each of the 18 turnstiles within one second; (c) a load test with 2,000 concurrent bookings without errors; (d) the daily reconciliation of ticket sales with the payment providers' settlement files without differences.

(2) If the test is passed, the parties sign an acceptance protocol ("Go-Live Acceptance"). Productive use of the Service before the protocol is signed does not constitute acceptance. Defects found in the test are remedied by the Provider and the affected tests repeated.

(3) The Go-Live Date is the date of the acceptance protocol.

(4) If Go-Live Acceptance is not reached by the Planned Go-Live Date for reasons for which the Provider is responsible, the Provider pays a contractual penalty of CNY 1,000 for each calendar day of delay, up to 5% of the Total Contract Value. The penalty is credited against damages.

## § 5 Service Levels

(1) The Provider guarantees an availability of the Service of 99.95% per calendar month, measured at the router exit of the Provider's data centre. Announced maintenance windows between 01:00 and 05:00 Beijing time, of at most six hours per month, are excluded.

(2) Incidents are handled as follows: Priority 1 (ticket sales or gate validation not possible): response within 30 minutes, at any time during the season from May to October and from 07:00 to 22:00 Beijing time outside the season, restoration within three hours; Priority 2 (important functions impaired): response within two hours, restoration by the next working day; Priority 3: response within two working days.

(3) If the monthly availability is below the guaranteed value, the Customer receives a credit of 5% of the monthly fees of the affected month; below 99.5%, the credit is 20%. For each Priority 1 incident not restored within the restoration time the Customer receives a further credit of 2% of the monthly fees. Credits are set off against the next invoice.

(4) The Provider sends a monthly service report with availability, incidents and response times.

## § 6 Fees and Payment

(1) The fees follow from the Order Form. They are fixed for the Initial Term and for any extension under § 13 (2).

(2) The Customer may set off only undisputed or legally established claims, except for the credits under § 5 (3).

## § 7 Customer Data and Data Security

(1) "Customer Data" means all data that the Customer or its visitors enter into the Service, including visitor names, identity document numbers, mobile numbers, bookings and gate records. Customer Data remains the property of the Customer. The Provider processes Customer Data solely on behalf of and on the instructions of the Customer in order to provide the Service, and does not use it for its own purposes, not even in anonymised or aggregated form.

(2) Customer Data is stored and processed exclusively in data centres in mainland China (Alibaba Cloud, Beijing region). The Service holds a record for level 3 of the Multi-Level Protection Scheme. The Provider encrypts identity document numbers, restricts access to named personnel, logs every access and complies with the PRC Personal Information Protection Law and Data Security Law.

(3) The Provider notifies the Customer of any breach of the security of Customer Data without undue delay, at the latest within 24 hours, supports the Customer in notifying authorities and visitors, and bears the costs and damage resulting from a breach for which it is responsible.

(4) At the end of the Contract the Provider hands over the Customer Data in CSV format and deletes it within 30 days, confirming the deletion in writing.

## § 8 Rights in Work Results

(1) All rights in the Service and its software remain with the Provider.

(2) The turnstile integration adapter, the Customer-specific configurations, report templates and ticket layouts created for the Customer belong to the Customer. The Customer may use, modify and have them modified by third parties without restriction, also after the end of the Contract.

## § 9 Subcontractors

(1) The Provider may use subcontractors and sub-processors, in particular its hosting and operations partner in mainland China. The Provider informs the Customer by e-mail of any new subcontractor at least 14 days before it is engaged; the Customer's consent is not required.

(2) The Provider remains responsible for its subcontractors as for its own acts.

## § 10 Confidentiality

(1) The parties keep confidential all business and trade secrets of the other party that come to their knowledge in connection with the Contract, in particular prices, visitor numbers and technical details, and use them only for the Contract.

(2) The obligation continues for three years after the end of the Contract.

## § 11 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.

(2) In all other cases the aggregate liability of the Provider under or in connection with the Contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

(3) The Provider is not liable for lost profits or for the loss of data that the Customer could have avoided by exporting its data as provided in the Service.

## § 12 Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government measures or failures of public networks, for as long as the event lasts.

## § 13 Term and Termination

(1) The Contract begins on signature of the Order Form. The Initial Term begins on the Go-Live Date.

(2) After the Initial Term the Contract is extended by one year at a time at unchanged fees, unless either party gives notice of termination three months before the end of the current term.

(3) The right of each party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if the Provider commits a material breach of the Contract and does not remedy it within 14 days after a written warning, or if the monthly availability falls below 99.5% in two consecutive months.

(4) Notices of termination must be in writing.

## § 14 Changes to these Terms

Changes to these General Terms apply to the Contract only if the Customer agrees to them in writing.

## § 15 Final Provisions

(1) Amendments and supplements to the Contract must be in writing.

(2) Should a provision be invalid, the validity of the remaining provisions is not affected.

## § 16 Governing Law and Place of Jurisdiction

(1) The Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Contract is Flensburg, Germany.

---

Langeneß / Wulan, ____________ 2027

For Halligticket GmbH: ______________________  For the Customer: ______________________
"""

H130E03 = r"""T:Contract for the Supply, Installation and Maintenance of Vessel Telemetry Equipment
P:Contract No. ZSDH-2027-TEL-006
P:Buyer: Zhoushan Putuo Donghai Marine Fishing Cooperative, No. 18 Binhai Road, Shenjiamen, Putuo District, Zhoushan, Zhejiang Province, China (the "Buyer").
P:Supplier: Lérins Systèmes Marins SAS, a société par actions simplifiée registered with the RCS of Cannes, whose registered office is at Fort Royal, Île Sainte-Marguerite, 06400 Cannes, France (the "Supplier").
P:The Buyer operates a fleet of 46 offshore fishing vessels and wishes to monitor engine condition, fuel consumption, fish-hold temperature and position from shore. Following its invitation to tender of 8 October 2026, the Buyer has accepted the Supplier's offer. This Contract is prepared on the Buyer's standard terms; at the Buyer's request all prices are in Chinese Yuan (CNY).
H:Article 1 Definitions
P:"Goods" means the equipment and the software licence listed as items 1 to 5 in Article 3. "Vessel Kit" means the set of Goods installed on one vessel. "Shore Platform" means the shore gateway and fleet monitoring software installed on the Buyer's server. "Final Acceptance" means acceptance under Article 6.3.
H:Article 2 Scope
P:2.1 The Supplier shall supply 46 Vessel Kits and the Shore Platform, install the Vessel Kits on board, commission the system, train the Buyer's staff and provide warranty service and, if ordered, post-warranty maintenance.
P:2.2 The Supplier shall develop the fleet dashboards and the interface from the Shore Platform to the vessel monitoring platform of the Zhejiang fisheries authority described in Annex 2.
H:Article 3 Contract Price
P:3.1 The Contract Price is fixed and includes all taxes, duties, import clearance, freight, insurance and the Supplier's travel costs:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Engine telemetry unit|46|9,800|450,800
TB:2|Fuel flow meter pair (supply and return)|46|5,600|257,600
TB:3|BeiDou / 4G dual-mode transceiver|46|4,300|197,800
TB:4|Fish-hold temperature sensor|92|1,150|105,800
TB:5|Shore gateway and fleet monitoring software (perpetual licence)|1|186,000|186,000
TB:|Goods Subtotal|||1,198,000
TB:6|Installation on board|46|2,100|96,600
TB:7|Commissioning, dashboards, interface and training|1|38,000|38,000
TB:|Contract Price|||1,332,600
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 133,260) within 20 days after signature, against a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 732,930) within 20 days after the Delivery and Installation Certificate for all 46 vessels. That certificate confirms quantity and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 466,410) within 20 days after the Final Acceptance Certificate.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Goods to the Buyer's warehouse in Shenjiamen within 75 days after signature and complete installation on all vessels within 150 days after signature, during the summer fishing moratorium when the fleet is in port.
P:5.2 Installation shall follow the Buyer's vessel schedule and the rules of the China Classification Society where applicable. The Supplier shall restore any part of a vessel disturbed by the installation.
P:5.3 The Supplier shall train, in Chinese, two shore operators and the chief engineer of each vessel in the use of the system, alarm handling and basic troubleshooting, and shall hand over operating manuals, wiring diagrams for each vessel and the calibration certificates of all fuel meters.
P:5.4 Within 10 days after signature the Supplier shall provide a performance security of 5% of the Contract Price in the form of a bank guarantee issued by a bank in mainland China, valid until 30 days after the end of the warranty period.
H:Article 6 Acceptance
P:6.1 Each Vessel Kit shall be tested at sea on the vessel's first trip of at least 72 hours after installation. The test is passed if engine, fuel, temperature and position data are received at the Shore Platform without gaps longer than ten minutes, fuel meters are within ±1% of a calibrated reference, and all alarms trigger correctly.
P:6.2 When all vessels have passed, the whole fleet shall run for 30 days, during which the Shore Platform shall have no Critical Fault and the interface to the fisheries platform shall transmit all required reports.
P:6.3 The Buyer shall issue the Final Acceptance Certificate within 7 days after the tests are passed. Delivery, installation, use of the system or any payment does not constitute acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:Article 7 Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace defective Goods free of charge, including parts, labour and travel, and provide software updates.
P:7.2 Equipment replaced under warranty carries a new warranty of 24 months or the rest of the original period, whichever is longer.
P:7.3 The Supplier shall keep in Zhoushan, at its own cost, a stock of spare telemetry units, transceivers and sensors sufficient to replace the equipment of at least three vessels at any time during the warranty period, so that on-board repairs are not delayed by import shipments.
H:Article 8 Service Levels
P:8.1 The Supplier shall maintain a hotline in Zhoushan staffed 24 hours a day.
TB:Fault class|Definition|Response|Restoration
TB:Critical|Shore Platform down, or data lost from five or more vessels|30 minutes|6 hours (shore); on-board repair within 24 hours after the vessel reaches port
TB:Major|One vessel without data or one function of the Shore Platform impaired|2 hours|48 hours after the vessel reaches port
TB:Minor|Other faults and requests|1 working day|10 working days
P:8.2 For each hour by which a Critical Fault response or restoration time is exceeded the Supplier shall pay CNY 800, deducted from any sums payable or from the performance security.
H:Article 9 Post-Warranty Maintenance
P:9.1 After the warranty period the Buyer may order annual maintenance covering the same services as the warranty. The annual maintenance fee is 9% of the Goods Subtotal, that is CNY 107,820 per year, and is fixed for the three years following the warranty period.
P:9.2 Maintenance is ordered by written order for each year and does not renew automatically.
H:Article 10 Buyer Data and Security
P:10.1 All data collected by the system, including positions, catch logs, engine and fuel data and crew information, belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not sell, disclose or use it for any other purpose, in any form.
P:10.2 The Shore Platform is installed on the Buyer's server in Shenjiamen. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication. No Buyer data may be transferred outside mainland China.
P:10.3 The Supplier shall notify the Buyer of any security incident within 2 hours, take immediate measures to contain it, and bear all losses caused by incidents attributable to the Supplier or its subcontractors.
H:Article 11 Intellectual Property
P:11.1 The software in the Goods remains the property of its owners and is licensed to the Buyer perpetually.
P:11.2 The dashboards, the interface to the fisheries platform, configurations and documentation developed for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
H:Article 12 Confidentiality
P:The Supplier shall keep confidential all information received under this Contract, in particular fishing grounds, catch data and the Buyer's commercial information, and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for five years after it ends.
H:Article 13 Delay Damages and Liability
P:13.1 If the Supplier fails to complete delivery or installation within the periods in Article 5, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 12, which are not limited.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves, by signing this Contract, Zhoushan Haixing Marine Electrical Co., Ltd. for the on-board installation.
P:14.2 The Supplier remains responsible for the work of any subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:15.2 On termination before Final Acceptance the Supplier shall refund the amounts paid, less the value of accepted Vessel Kits that the Buyer chooses to keep.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan in accordance with its rules. The award is final and binding.
H:Article 17 Miscellaneous
P:This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties. Annex 1: Technical specifications. Annex 2: Interface specification. Annex 3: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H130E04 = r"""T:Managed IT and Desktop Support Services Agreement
P:between
P:GIGHA MANAGED SERVICES LIMITED, incorporated under the Companies Acts in Scotland (registered number SC684213) and having its registered office at The Old Smiddy, Ardminish, Isle of Gigha, Argyll PA41 7AA (the "Provider")
P:and
P:XIAMEN LUJIANG HEARTH BAKERY CHAIN CO., LTD., a company incorporated in the People's Republic of China and having its registered office at 66 Lujiang Road, Siming District, Xiamen, Fujian Province (the "Customer")
H:Background
P:(A) The Customer operates 86 bakery shops in Xiamen, Quanzhou and Zhangzhou, a central kitchen and a head office. (B) The Provider provides managed IT services remotely from Scotland and through its support team in Xiamen. (C) The Customer wishes the Provider to take over its service desk, desktop, store network and point-of-sale support. (D) At the Customer's request all Charges are expressed and payable in Chinese Yuan (CNY).
P:The parties have agreed and do hereby agree as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Services" means the services described in Schedule Part 1; "Charges" means the charges set out in Clause 4; "Service Commencement Date" means the date on which the Service Commencement Certificate is signed under Clause 3; "Service Levels" means the levels in Schedule Part 2; "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or processes in performing the Services.
P:1.2 Where the context permits, the singular includes the plural and references to a person include a firm or body corporate.
H:Clause 2 Term
P:2.1 This Agreement commences on the date of the last signature below and, subject to earlier termination, continues for an initial period of 24 months from the Service Commencement Date (the "Initial Period").
P:2.2 On the expiry of the Initial Period this Agreement shall renew automatically for successive periods of one year (each a "Renewal Period") unless either party gives written notice of termination not less than 90 days before the end of the then current period.
P:2.3 The Provider may review the Charges and increase them with effect from the start of each Renewal Period by giving the Customer not less than 60 days' written notice of the new Charges.
H:Clause 3 Transition and Service Commencement
P:3.1 The Provider shall carry out the transition set out in Schedule Part 3, including the inventory of all devices, the documentation of the store networks and the preparation of runbooks, so that the Services commence on 1 April 2027.
P:3.2 The Services shall be accepted when: (a) the device inventory has been reconciled with the Customer's asset register without unexplained differences; (b) the runbooks for the point-of-sale, store network, e-mail and backup services have been approved by the Customer's IT manager; and (c) the Provider has run the service desk in parallel with the Customer's team for ten working days, handling every Priority 1 and Priority 2 ticket within the Service Levels. The parties shall then sign a Service Commencement Certificate. Starting to provide the Services does not of itself constitute acceptance.
P:3.3 If the Service Commencement Certificate is not signed by 1 April 2027 for reasons attributable to the Provider, the Provider shall pay to the Customer CNY 1,500 for each day of delay, up to a maximum of CNY 60,000, as liquidated damages.
H:Clause 4 Charges and Payment
P:4.1 The Charges are:
TB:Service|Quantity|Unit monthly charge (CNY)|Monthly charge (CNY)
TB:Service desk and desktop support|420 devices|95|39,900
TB:Store network and point-of-sale support|86 stores|210|18,060
TB:Server, Microsoft 365 and backup administration|1|9,800|9,800
TB:Total monthly charge|||67,760
TB:Total monthly charges for the Initial Period (24 months)|||1,626,240
TB:Transition (one-off)|||48,000
TB:Total Charges for the Initial Period|||1,674,240
P:4.2 The monthly charges are invoiced monthly in arrears from the Service Commencement Date. The transition charge is invoiced on signature of the Service Commencement Certificate. No sum is payable in advance.
P:4.3 The Customer shall pay each valid invoice within 30 days of receipt. Devices added or removed are charged at the unit rates from the following month.
H:Clause 5 The Services
P:5.1 The Provider shall provide the Services with reasonable skill and care, in accordance with good industry practice and the Customer's IT policies notified to it.
P:5.2 The Services include a bilingual service desk from 06:00 to 23:00 every day, on-site desktop and store support in Xiamen, Quanzhou and Zhangzhou, monitoring of the store networks and point-of-sale servers, patching, antivirus and backup management, and administration of the Customer's Microsoft 365 tenancy.
P:5.3 The Customer shall give the Provider's engineers access to its shops, central kitchen and head office during opening hours, provide remote access to its systems through its privileged-access gateway, keep its software licences valid and name an IT manager as the Provider's single point of contact.
P:5.4 The Provider shall assign a named service manager based in Xiamen who shall attend a monthly service review with the Customer's IT manager.
H:Clause 6 Service Levels
P:6.1 The Provider shall use its best endeavours to meet the Service Levels in Schedule Part 2, which include the following response and resolution times:
TB:Priority|Definition|Response|Resolution
TB:Priority 1|Point-of-sale or network outage stopping trading at five or more shops, the central kitchen or head office|45 minutes|6 hours
TB:Priority 2|Outage at one shop or a key user unable to work|2 hours|1 working day
TB:Priority 3|Other incidents and service requests|8 business hours|5 working days
P:6.2 The Provider shall report its performance against the Service Levels monthly.
P:6.3 The Service Levels are performance targets. A failure to meet them shall not entitle the Customer to any service credit, deduction from the Charges or claim for damages.
P:6.4 Where the Provider fails to meet a Service Level in two consecutive months, it shall prepare and implement a service improvement plan agreed with the Customer.
H:Clause 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's documented instructions and only for the purpose of providing the Services, and shall not use it for any other purpose.
P:7.2 The Provider shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law. Customer Data shall remain in mainland China; the Provider's staff in Scotland shall access the Customer's systems only through the Customer's privileged-access gateway, with multi-factor authentication and session recording, and shall not copy Customer Data to their own systems.
P:7.3 The Provider shall maintain encryption of all portable devices it manages, apply security patches within the times set in Schedule Part 2 and notify the Customer of any actual or suspected personal data breach within 24 hours. The Provider shall be responsible for, and shall indemnify the Customer against, all losses, fines and costs arising from a breach caused by the Provider or its personnel.
H:Clause 8 Intellectual Property
P:8.1 The Provider's tools and pre-existing materials remain the property of the Provider.
P:8.2 The runbooks, scripts, network documentation and reports produced for the Customer belong to the Customer, who may use, modify and provide them to any replacement provider without restriction.
H:Clause 9 Confidentiality
P:Each party shall keep secret the confidential information of the other party, including recipes, supplier terms, sales data and system passwords, and shall not disclose it without the other's prior written consent except to its professional advisers or as required by law. This Clause shall survive termination for five years.
H:Clause 10 Limitation of Liability
P:10.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 150% of the Total Charges for the Initial Period.
P:10.2 Clause 10.1 does not apply to liability under Clause 7, for fraud, or for death or personal injury caused by negligence.
H:Clause 11 Subcontracting
P:The Provider shall not subcontract any part of the Services without the Customer's prior written consent and shall remain responsible for any subcontractor as for itself.
H:Clause 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach of it and fails to remedy that breach within 30 days of written notice requiring it to do so.
P:12.2 On termination or expiry the Provider shall co-operate in the transfer of the Services to the Customer or a replacement provider for up to 60 days, at the rates in Clause 4, and shall return all Customer Data.
H:Clause 13 Governing Law and Disputes
P:13.1 At the Customer's request, and notwithstanding that the Provider is a Scottish company, this Agreement shall be governed by the law of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration before the Xiamen Arbitration Commission in Xiamen under its rules.
H:Clause 14 General
P:No variation of this Agreement shall be effective unless in writing and signed by both parties. This Agreement may be executed in counterparts and by electronic signature.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:
P:Subscribed for and on behalf of Gigha Managed Services Limited at Ardminish, Isle of Gigha on ____________ 2027 by ____________________, Director, before this witness ____________________.
P:Subscribed for and on behalf of Xiamen Lujiang Hearth Bakery Chain Co., Ltd. at Xiamen on ____________ 2027 by ____________________, Legal Representative.
"""

H130E05 = r"""CONTRACT FOR THE SUBSCRIPTION OF THE DOCULINK CUSTOMS DOCUMENT API AND RELATED INTEGRATION SERVICES

BETWEEN

EOLIE DOCUTRADE S.R.L., with registered office at Via Porto Levante 11, 98050 Vulcano – Lipari (ME), Italy, tax code and VAT number IT 03718420836, share capital EUR 50,000 fully paid up, in the person of its sole director and legal representative, Mr Bartolo Russo (hereinafter the "Provider"),

AND

KASHGAR TIANSHAN ORCHARD DRIED FRUIT IMPORT AND EXPORT CO., LTD., with registered office at 21 Jiefang North Road, Kashgar, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative (hereinafter the "Customer"),

(the Provider and the Customer, jointly, the "Parties").

PREMISES

(a) the Provider has developed DocuLink, an application programming interface that prepares export customs declaration data, commercial invoices, packing lists, certificate-of-origin applications, phytosanitary certificate applications and import safety-and-security data for destination countries;

(b) the Customer exports dried apricots, raisins, walnuts and jujubes to Central Asia, the European Union and the Middle East, and intends to generate its export documents automatically from its ERP system;

(c) at the Customer's request the fees are stated and paid in Chinese Yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and essential part of this Contract. Annex A: API specification. Annex B: Integration plan. Annex C: Service levels.

Art. 2 (Definitions)
2.1 "Service" means access to DocuLink through the API; "Integration Services" means the work described in Annex B to connect the Customer's ERP and the China International Trade Single Window to the Service, including connectors, data mappings and adapters (the "Connectors"); "Shipment Data" means all data about the Customer's shipments, products, buyers, prices and quantities transmitted to or produced by the Service; "Go-Live" means the signature of the integration acceptance report under Art. 6.

Art. 3 (Subject matter)
3.1 The Provider grants the Customer access to the Service for the term of this Contract and performs the Integration Services and training.
3.2 The subscription includes up to 6,000 document calls per month. Calls in excess are charged at CNY 3.20 each, invoiced monthly in arrears.
3.3 The Customer shall provide the Provider with access to a test environment of its ERP, its credentials for the Single Window sandbox, its product master data and the contact details of its customs broker, and shall remain responsible for the accuracy of the declarations it submits.

Art. 4 (Fees)
4.1 The fees are as follows:

   Item                                          Monthly (CNY)   Months   Total (CNY)
   DocuLink API subscription                         22,800         36       820,800
   Integration Services (one-off)                                            156,000
   Training (one-off, on site in Kashgar)                                      9,000
   Total Contract Value                                                      985,800

4.2 The fees are fixed for the initial term and are exclusive of excess calls under Art. 3.2.

Art. 5 (Invoicing and payment)
5.1 The subscription fees are invoiced annually in advance, each year at CNY 273,600.
5.2 On signature of this Contract the Provider invoices the first annual subscription fee (CNY 273,600) together with 65% of the Integration Services fee (CNY 101,400), for a total of CNY 375,000, payable within 15 days and in any case before the Service is activated and the Integration Services begin.
5.3 The remaining 35% of the Integration Services fee (CNY 54,600) is invoiced after the integration acceptance report is signed. The second and third annual fees are invoiced at the start of the second and third contract years. The training fee is invoiced after the training is held.
5.4 In case of late payment the Provider may suspend the Service after written notice of 10 days.

Art. 6 (Integration services and acceptance)
6.1 The Provider shall complete the Integration Services within 70 days of activation.
6.2 Acceptance tests shall show that: (i) 50 test shipments covering all product lines and destination markets are transmitted from the Customer's ERP to the Single Window sandbox and returned without mapping errors; (ii) documents produced for each destination pass the Provider's validation rules and the Customer's manual review; (iii) HS codes proposed by the Service for the Customer's 140 product codes have been confirmed by the Customer's customs broker.
6.3 When the tests are passed the Parties sign an integration acceptance report. Use of the Service in production before that signature does not constitute acceptance.

Art. 7 (Service levels)
7.1 The Provider guarantees an availability of the API of 99.98% per calendar month, excluding maintenance announced five days in advance and carried out between 01:00 and 06:00 Beijing time.
7.2 Incidents that prevent the generation or transmission of documents (Priority 1) shall be answered within 30 minutes and resolved within three hours, at any time; Priority 2 incidents within two hours and one working day; Priority 3 requests within one working day and ten working days.
7.3 If availability falls below the guaranteed value, the Customer is entitled to a credit of 5% of the monthly fee; below 99.5%, to a credit of 10%. Each Priority 1 incident resolved late gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

Art. 8 (Customer Data)
8.1 Shipment Data belongs to the Customer.
8.2 The Provider uses Shipment Data to provide the Service and may keep it for the period required by law.
8.3 The Customer grants the Provider a perpetual, royalty-free licence to use Shipment Data in anonymised and aggregated form to compile trade statistics, to train and improve its HS classification models and to develop new products. This licence survives the termination of this Contract.

Art. 9 (Data security)
9.1 The Service is hosted in mainland China on Alibaba Cloud (Shanghai region) and operated by the Provider's affiliate DocuTrade (Shanghai) Information Technology Co., Ltd. Shipment Data is not transferred outside mainland China.
9.2 The Provider maintains an information security management system certified to ISO/IEC 27001, encrypts Shipment Data in transit and at rest, restricts access to authorised personnel and keeps access logs for at least one year.
9.3 The Provider notifies the Customer of any security incident affecting Shipment Data within 24 hours, takes all necessary measures to limit its effects and is liable for the damage caused to the Customer by incidents for which the Provider is responsible.

9.4 On termination the Provider returns the Shipment Data to the Customer in a structured, commonly used format and deletes its copies within 30 days, except as required by law.

Art. 10 (Intellectual property)
10.1 DocuLink and all its components remain the exclusive property of the Provider.
10.2 The Connectors and all other results of the Integration Services, including source code and documentation, remain the exclusive property of the Provider, even if developed specifically for the Customer. The Customer receives a non-exclusive, non-transferable licence to use them for the term of the subscription, and may not modify them or have them modified by third parties.

Art. 11 (Confidentiality)
11.1 Each Party keeps strictly confidential the information received from the other Party in performing this Contract, including prices, buyers and technical documentation, and uses it only for this Contract.
11.2 This obligation lasts for the term of the Contract and for three years after its end.

Art. 12 (Delay penalties)
12.1 If the integration acceptance report is not signed within the period in Art. 6.1 for reasons attributable to the Provider, the Provider pays a penalty of CNY 700 for each day of delay, up to 5% of the Total Contract Value, without prejudice to compensation for further damage.

Art. 13 (Liability)
13.1 The total liability of the Provider under this Contract is limited to 150% of the Total Contract Value.
13.2 The limitation does not apply in case of wilful misconduct or gross negligence.

Art. 14 (Subcontracting)
14.1 The Provider may not subcontract the Service or the Integration Services, in whole or in part, without the Customer's prior written consent.
14.2 By signing this Contract the Customer approves the involvement of the Provider's affiliate named in Art. 9.1. The Provider remains responsible for its affiliate's performance.

Art. 15 (Term and renewal)
15.1 This Contract enters into force on signature and has an initial term of 36 months from activation of the Service.
15.2 At the end of the initial term the Contract is tacitly renewed for one year at a time, at the same fees, unless either Party gives notice by registered letter or certified e-mail at least 90 days before expiry.

Art. 16 (Express termination clause)
16.1 The Customer may terminate this Contract by written notice if the Provider commits a material breach and does not remedy it within 20 days of a written demand, or if availability falls below 99.5% in three months of any contract year.
16.2 The Provider may terminate this Contract if the Customer fails to pay any sum due within 30 days of a written demand.

Art. 17 (Governing law and disputes)
17.1 This Contract is governed by the law of the People's Republic of China.
17.2 Any dispute arising from this Contract is referred to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time of the request. The award is final.

Art. 18 (Final provisions)
18.1 Any amendment must be made in writing and signed by both Parties.
18.2 The Customer declares that it has read and specifically approves the following clauses: Art. 5 (invoicing and payment), Art. 8.3 (licence to Shipment Data), Art. 10.2 (ownership of the Connectors), Art. 13 (liability) and Art. 15.2 (tacit renewal).

Read, confirmed and signed.

Vulcano / Kashgar, ____________ 2027

The Provider ______________________    The Customer ______________________
"""

SOURCES = {"h130z01": H130Z01, "h130z02": H130Z02, "h130z03": H130Z03, "h130z04": H130Z04, "h130z05": H130Z05, "h130e01": H130E01, "h130e02": H130E02, "h130e03": H130E03, "h130e04": H130E04, "h130e05": H130E05}
TARGETS = {"h130z01": ("h130z01_transport_dept_road_network_command_platform.docx", "docx"),
           "h130z04": ("h130z04_medical_insurance_bureau_annual_om_service.pdf", "pdf"),
           "h130e03": ("h130e03_fishing_coop_vessel_telemetry_buyer_paper.docx", "docx"),
           "h130e04": ("h130e04_bakery_managed_it_desktop_scottish_provider.pdf", "pdf")}
TEXTS = {"h130z02": "h130z02_pharma_cleanroom_ems_hardware_maintenance.txt",
         "h130z03": "h130z03_driving_school_booking_saas_three_years.md",
         "h130z05": "h130z05_soy_sauce_wms_licence_supplier_template.md",
         "h130e01": "h130e01_puer_coffee_traceability_licence_irish_vendor.txt",
         "h130e02": "h130e02_salt_lake_ticketing_saas_german_vendor.md",
         "h130e05": "h130e05_dried_fruit_customs_api_italian_vendor.txt"}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, name in TEXTS.items():
        (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        print("wrote", name)
